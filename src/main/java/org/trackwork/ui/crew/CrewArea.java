package org.trackwork.ui.crew;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.Area;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WorkbookSession;

/** The crew: the roster and the pane of the selected person with their plan, one-on-ones and recognition. */
public final class CrewArea implements Area {

    private final CrewViewModel viewModel;
    private final CrewController crew;
    private final Parent view;

    public CrewArea(WorkbookSession session) {
        this.viewModel = new CrewViewModel(session);
        this.crew = new CrewController(viewModel);
        this.view = View.CREW.load(crew, crew.personController());
    }

    @Override
    public String name() {
        return "crew";
    }

    @Override
    public String titleKey() {
        return "area.crew";
    }

    @Override
    public String menuKey() {
        return "menu.crew";
    }

    @Override
    public String icon() {
        return "fth-users";
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public List<MenuAction> menu() {
        return List.of(
                MenuAction.of("addPersonItem", "menu.crew.add", "Shortcut+Shift+P", crew::addPerson),
                MenuAction.of("renamePersonItem", "menu.crew.rename", "F2", crew::renamePerson),
                MenuAction.of("archivePersonItem", "menu.crew.archive", "Shortcut+Shift+A", crew::archiveOrRestore),
                MenuAction.of("recognisePersonItem", "menu.crew.recognise", "Shortcut+Shift+R", crew::recognise),
                MenuAction.of("newOneOnOneItem", "menu.crew.newOneOnOne", "Shortcut+Shift+O", crew::newOneOnOne),
                MenuAction.of("sharedOneOnOneItem", "menu.crew.sharedOneOnOne", "Shortcut+Alt+O",
                        crew::oneOnOneAtSharedScreen),
                MenuAction.of("removePersonItem", "menu.crew.remove", "Shortcut+Delete", crew::removePerson));
    }

    @Override
    public List<MenuAction> fileMenu() {
        return List.of(MenuAction.of("exportSummaryItem", "menu.file.summary", "Shortcut+Alt+M",
                this::exportOneOnOneSummary));
    }

    private void exportOneOnOneSummary() {
        viewModel.session().navigator().open(Target.of(Target.Kind.ONE_ON_ONE, null));
        crew.exportOneOnOneSummary();
    }

    @Override
    public Set<Target.Kind> opens() {
        return Set.of(Target.Kind.PERSON, Target.Kind.PLAN, Target.Kind.ONE_ON_ONE, Target.Kind.RECOGNITION,
                Target.Kind.RECOGNISE);
    }

    @Override
    public void open(Target target) {
        if (target.id() == null) {
            return;
        }
        Optional<Person> person = target.kind() == Target.Kind.RECOGNISE
                ? viewModel.person(target.id()) : viewModel.select(target.id());
        person.ifPresent(found -> {
            if (target.kind() == Target.Kind.RECOGNISE) {
                crew.recognise(found);
            } else {
                crew.personController().showTab(target.kind());
                if (target.kind() == Target.Kind.ONE_ON_ONE && target.date() != null) {
                    viewModel.person().oneOnOnes().showDate(target.date());
                }
            }
        });
    }

    /** The person selected in the roster, for printing their plan. */
    public Optional<Person> selected() {
        return viewModel.selected();
    }

    /** The plan on the selected person's Plan tab, for printing it. */
    public Optional<DevelopmentPlan> shownPlan() {
        return Optional.ofNullable(viewModel.person().plan().planProperty().get());
    }

    /** Says how a one-on-one's summary is written to PDF. */
    public void setSummaryExport(BiConsumer<UUID, UUID> export) {
        crew.setSummaryExport(export);
    }
}
