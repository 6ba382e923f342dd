package org.trackwork.ui.destination;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Person;
import org.trackwork.domain.Shift;
import org.trackwork.domain.ShiftTalk;
import org.trackwork.service.DestinationChange;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The timeline of destination shifts and, for each, who has heard about it and who has not. */
public final class ShiftsViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final ObservableList<ShiftRow> shifts = FXCollections.observableArrayList();
    private final ObjectProperty<ShiftRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TalkRow> talks = FXCollections.observableArrayList();
    private final ObservableList<String> earlierDestinations = FXCollections.observableArrayList();
    private Map<UUID, Person> people = Map.of();

    public ShiftsViewModel(WorkbookSession session) {
        this.session = session;
        selected.addListener((observable, old, row) -> showTalks(row));
    }

    void show(DestinationSnapshot shown) {
        people = shown.peopleById();
        UUID keep = selected.get() == null ? null : selected.get().shift().id();
        shifts.setAll(shown.shifts().stream().sorted(Comparator.comparing(Shift::on).reversed())
                .map(shift -> row(shift, shown)).toList());
        ShiftRow reselect = shifts.stream().filter(r -> r.shift().id().equals(keep)).findFirst()
                .orElse(shifts.isEmpty() ? null : shifts.get(0));
        selected.set(null);
        selected.set(reselect);
        earlierDestinations.setAll(shown.destinations().stream().filter(d -> !d.isCurrent())
                .sorted(Comparator.comparing(Destination::createdAt).reversed())
                .map(ShiftsViewModel::earlier).toList());
    }

    /** A reached or abandoned destination, read-only: what it was, how it ended, and why it mattered. */
    private static String earlier(Destination destination) {
        return Messages.get("shift.earlier", destination.title(),
                Messages.get("destination.status." + destination.status().name()),
                destination.horizon() == null ? "" : DATE.format(destination.horizon()),
                destination.statement(), destination.whyItMatters()).strip();
    }

    private ShiftRow row(Shift shift, DestinationSnapshot shown) {
        String from = shown.destination(shift.fromDestinationId()).map(this::titleWithStatus).orElse("");
        String to = shown.destination(shift.toDestinationId()).map(Destination::title).orElse("");
        long heard = shift.talks().stream().filter(ShiftTalk::talkedThrough).count();
        return new ShiftRow(shift, Messages.get("shift.change", from, to), DATE.format(shift.on()), shift.reason(),
                Messages.get("shift.heard", heard, shift.talks().size()));
    }

    private String titleWithStatus(Destination destination) {
        return Messages.get("shift.from", destination.title(),
                Messages.get("destination.status." + destination.status().name()).toLowerCase());
    }

    private void showTalks(ShiftRow row) {
        if (row == null) {
            talks.clear();
            return;
        }
        List<TalkRow> list = row.shift().talks().stream()
                .map(talk -> new TalkRow(talk.personId(),
                        people.containsKey(talk.personId()) ? people.get(talk.personId()).name() : "",
                        talk.talkedThrough(),
                        talk.talkedThrough() ? Messages.get("shift.talkedOn", DATE.format(talk.talkedOn()))
                                : Messages.get("shift.notYet")))
                .sorted(Comparator.comparing(TalkRow::heard).thenComparing(TalkRow::name))
                .toList();
        talks.setAll(list);
    }

    /** Ticks or unticks one person on the selected shift's checklist, dated today. */
    public void setHeard(TalkRow talk, boolean heard) {
        ShiftRow row = selected.get();
        if (row == null || talk.heard() == heard) {
            return;
        }
        session.edit(DestinationChange.talkedThrough(Messages.get(heard ? "edit.talked" : "edit.notTalked",
                talk.name()), row.shift(), talk.personId(), heard ? session.today() : null));
    }

    public ObservableList<ShiftRow> shifts() {
        return shifts;
    }

    public ObjectProperty<ShiftRow> selectedProperty() {
        return selected;
    }

    public ObservableList<String> earlierDestinations() {
        return earlierDestinations;
    }

    public ObservableList<TalkRow> talks() {
        return talks;
    }
}
