package org.trackwork.ui.shell;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.service.CrewSnapshot;
import org.trackwork.service.SharedPersonView;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.WorkbookSession;

/**
 * Whether a shared screen is on, for whom and where: in the main window, or in a window of its own while the main
 * window stays the manager's. It holds only the shared-only record of one person, so whatever the screen shows was
 * never more than that.
 */
public final class SharedScreenViewModel {

    private final WorkbookSession session;
    private final ReadOnlyObjectWrapper<SharedPersonView> person = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper inSeparateWindow = new ReadOnlyBooleanWrapper();
    private final BooleanBinding inMainWindow;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.OVERVIEW);

    /** The pages of the shared screen, in the order of its tabs. */
    public enum Page { OVERVIEW, PLAN, ONE_ON_ONES, RECOGNITION }

    SharedScreenViewModel(WorkbookSession session) {
        this.session = session;
        inMainWindow = Bindings.createBooleanBinding(() -> person.get() != null && !inSeparateWindow.get(),
                person, inSeparateWindow);
        session.setSharedScreenOpener(this::open);
        // another workbook (or none) has nothing of this person: the mode ends with the workbook it was for
        session.workbookProperty().addListener((observable, old, workbook) -> end());
        session.changesProperty().addListener((observable, old, count) -> refresh());
    }

    /** The page in front. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Turns to the page that shows a place, as a search hit on the shared screen does. */
    public void show(Target.Kind kind) {
        page.set(switch (kind) {
            case PLAN -> Page.PLAN;
            case ONE_ON_ONE -> Page.ONE_ON_ONES;
            case RECOGNITION -> Page.RECOGNITION;
            default -> Page.OVERVIEW;
        });
    }

    /** Starts the shared screen for one crew member, or asks to leave it when it is on. */
    public void toggle() {
        if (person.get() != null) {
            leave();
            return;
        }
        session.read(CrewSnapshot::activeCrew, crew -> {
            if (crew.isEmpty()) {
                session.dialogs().showError(Messages.get("shared.title"), Messages.get("shared.noCrew"));
                return;
            }
            session.dialogs().choose(Messages.get("shared.title"), Messages.get("shared.choose"), crew,
                            ShellViewModel.labelsTellingApart(crew))
                    .map(Person::id)
                    .ifPresent(this::open);
        });
    }

    /**
     * Shows one person's shared record, without asking whose it is: in the main window when the screen was off, or
     * where it already is when it shows them. When it shows someone else, the manager is asked first, so another
     * person's record never replaces the one in front of the report by a stray shortcut.
     */
    public void open(UUID personId) {
        Quarter quarter = currentQuarter();
        session.read(workbook -> SharedPersonView.load(workbook, personId, quarter), found -> found.ifPresent(view -> {
            SharedPersonView shown = person.get();
            if (shown == null) {
                inSeparateWindow.set(false);
            } else if (!shown.personId().equals(view.personId()) && !session.dialogs().confirm(
                    Messages.get("shared.switch.title"), Messages.get("shared.switch.message", shown.name(),
                            view.name()), Messages.get("shared.switch.button", view.name()))) {
                return;
            }
            person.set(view);
        }));
    }

    /** Moves the shared screen to a window of its own; the main window shows the workbook again. */
    public void showInSeparateWindow() {
        if (person.get() != null) {
            inSeparateWindow.set(true);
        }
    }

    /** Leaving is always an explicit, confirmed step, so a report cannot end the mode by accident. */
    public void leave() {
        if (person.get() != null && session.dialogs().confirm(Messages.get("shared.leave.title"),
                Messages.get("shared.leave.message"), Messages.get("shared.leave.button"))) {
            end();
        }
    }

    /** Ends the mode at once, as when the workbook or the app closes; nothing of the person is kept. */
    public void end() {
        page.set(Page.OVERVIEW);
        person.set(null);
        inSeparateWindow.set(false);
    }

    /** Reads the person's shared record again after an edit, through the same shared-only query. */
    private void refresh() {
        SharedPersonView shown = person.get();
        if (shown == null) {
            return;
        }
        Quarter quarter = currentQuarter();
        session.read(workbook -> SharedPersonView.load(workbook, shown.personId(), quarter), found -> {
            if (person.get() == null || !person.get().personId().equals(shown.personId())) {
                return;
            }
            if (found.isEmpty()) {
                // removed from the crew: nothing of theirs stays on a screen others look at
                end();
                return;
            }
            found.filter(view -> !Objects.equals(view, person.get())).ifPresent(person::set);
        });
    }

    private Quarter currentQuarter() {
        return Quarter.of(session.today());
    }

    public ReadOnlyObjectProperty<SharedPersonView> personProperty() {
        return person.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inSeparateWindowProperty() {
        return inSeparateWindow.getReadOnlyProperty();
    }

    /** True while the shared screen takes the main window: then the workbook's own controls are off. */
    public BooleanBinding inMainWindowProperty() {
        return inMainWindow;
    }
}
