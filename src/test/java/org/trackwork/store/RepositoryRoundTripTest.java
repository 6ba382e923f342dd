package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Shift;
import org.trackwork.domain.ShiftTalk;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;

class RepositoryRoundTripTest {

    private static final Quarter Q4 = Quarter.parse("2026-Q4");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    @TempDir
    Path folder;
    private Path path;
    private WorkbookFile file;
    private PersonRepository people;
    private DestinationRepository destinations;
    private ShiftRepository shifts;
    private GoalRepository goals;
    private StationRepository stations;
    private TaskRepository tasks;
    private HazardRepository hazards;
    private DevelopmentPlanRepository plans;
    private OneOnOneRepository oneOnOnes;
    private RecognitionRepository recognitions;

    // One record of every type, each field set to something other than its default.
    private final Person manager = new Person(UUID.randomUUID(), "Maria López", "Engineering manager",
            LocalDate.of(2019, 3, 1), "Keeps the line clear.\nTalks to the leader.", true, false);
    private final Person ana = new Person(UUID.randomUUID(), "ana Silva", "Developer", LocalDate.of(2024, 2, 12),
            "Lays the API track", false, true);
    private final Destination reached = new Destination(UUID.randomUUID(), "First release", "Ship it",
            "Customers wait", LocalDate.of(2026, 6, 30), DestinationStatus.REACHED,
            Instant.now().minus(400, ChronoUnit.DAYS));
    private final Destination destination = new Destination(UUID.randomUUID(), "Self-service onboarding",
            "Every customer starts on their own.", "Support drowns in set-up calls.", LocalDate.of(2027, 12, 31),
            DestinationStatus.CURRENT, Instant.now());
    private final Shift shift = new Shift(UUID.randomUUID(), reached.id(), destination.id(), "Release is out.",
            DAY, List.of(new ShiftTalk(manager.id(), DAY), new ShiftTalk(ana.id(), null)));
    private final Goal goal = new Goal(UUID.randomUUID(), destination.id(), Q4, "Faster sign-up",
            "From days to minutes", ana.id(), 2);
    private final Station station = new Station(UUID.randomUUID(), goal.id(), "Minutes to sign up",
            StationKind.KEY_RESULT, 2880, 10, 1440.5, "min", true, DAY.plusDays(60), Confidence.AT_RISK, 1);
    private final CheckIn checkIn = new CheckIn(UUID.randomUUID(), station.id(), DAY, 1440.5, Confidence.AT_RISK,
            "Halfway", Instant.now());
    private final Task task = new Task(UUID.randomUUID(), Q4, "Drop the fax form", "Nobody faxes", Column.LAYING,
            3, ana.id(), goal.id(), station.id(), DAY.plusDays(14),
            List.of(new ChecklistItem(UUID.randomUUID(), "Ask legal", true), ChecklistItem.of("Remove the page")),
            Instant.now());
    private final Hazard hazard = new Hazard(UUID.randomUUID(), "Legal may say no", Severity.HIGH, null, null,
            task.id(), DAY, ana.id(), true, DAY.plusDays(1), DAY.plusDays(2), "Legal said yes");
    private final DevelopmentPlan plan = new DevelopmentPlan(UUID.randomUUID(), ana.id(), "2026-H2", "APIs",
            "Speaking up", "Time for a course", PlanStatus.REVIEWED, DAY, DAY.plusDays(90), List.of(
                    new DevelopmentGoal(UUID.randomUUID(), "Present at the demo", DAY.plusDays(60),
                            DevelopmentGoalStatus.IN_PROGRESS, "Spoke once", List.of(
                                    new DevelopmentAction(UUID.randomUUID(), ActionKind.PRACTICE, "Demo weekly",
                                            DAY.plusDays(7), true),
                                    new DevelopmentAction(UUID.randomUUID(), ActionKind.COACHING, "Pair with Maria",
                                            null, false))),
                    new DevelopmentGoal(UUID.randomUUID(), "Own a service", null, DevelopmentGoalStatus.NOT_STARTED,
                            "", List.of())));
    private final OneOnOne oneOnOne = new OneOnOne(UUID.randomUUID(), ana.id(), DAY, "Talked about the demo",
            "Seems tired", List.of(new AgendaItem(UUID.randomUUID(), "Demo", true, false, true),
                    new AgendaItem(UUID.randomUUID(), "Holidays", false, true, false)),
            List.of(new ActionItem(UUID.randomUUID(), "Book the room", ActionOwner.MANAGER, DAY.plusDays(3), true,
                    task.id()), new ActionItem(UUID.randomUUID(), "Draft slides", ActionOwner.PERSON, null, false,
                    null)));
    private final Recognition recognition = new Recognition(UUID.randomUUID(), ana.id(), DAY,
            "Untangled the sign-up flow", goal.id());

    @BeforeEach
    void createWorkbook() throws WorkbookException {
        path = folder.resolve("x.trackwork");
        use(WorkbookFile.create(path));
    }

    @AfterEach
    void closeWorkbook() {
        file.close();
    }

    @Test
    void everyRecordComesBackEqualAfterReopening() throws WorkbookException {
        saveEverything();
        reopen();

        assertThat(stored()).containsExactly(manager, ana, reached, destination, shift, goal, station, task, hazard,
                plan, oneOnOne, recognition);
        assertThat(stations.checkIns(station.id())).containsExactly(checkIn);
        assertThat(destinations.current()).contains(destination);
    }

    @Test
    void instantsSurviveToTheNanosecondAndListInTimeOrder() throws WorkbookException {
        Instant now = Instant.now();
        List<Instant> instants = List.of(now.plusMillis(500), now.truncatedTo(ChronoUnit.SECONDS), now.plusNanos(1),
                now);
        instants.forEach(instant -> destinations.save(new Destination(UUID.randomUUID(), "At " + instant, "", "",
                null, DestinationStatus.ABANDONED, instant)));
        reopen();

        assertThat(destinations.list()).extracting(Destination::createdAt)
                .containsExactlyElementsOf(instants.stream().sorted().toList());
    }

    @Test
    void updatedRecordsComeBackUpdatedAfterReopening() throws WorkbookException {
        saveEverything();
        Person renamed = ana.renamed("Ana Silva-Berg").withRole("Lead developer").archived(false);
        Destination abandoned = destination.withStatus(DestinationStatus.ABANDONED);
        Shift talkedThrough = new Shift(shift.id(), null, destination.id(), "Changed our minds", DAY.plusDays(1),
                List.of(new ShiftTalk(ana.id(), DAY.plusDays(2))));
        Goal moved = new Goal(goal.id(), destination.id(), Q4.next(), "Faster sign-up", "", null, 0);
        Station reachedStation = station.checkedIn(new CheckIn(UUID.randomUUID(), station.id(), DAY, 10,
                Confidence.ON_TRACK, "", Instant.now()));
        ChecklistItem added = ChecklistItem.of("Tell support");
        Task laid = new Task(task.id(), Q4, "Drop the fax form", "", Column.LAID, 0, null, null, null, null,
                List.of(added, task.checklist().get(1)), task.createdAt());
        Hazard reopened = new Hazard(hazard.id(), "Legal may still say no", Severity.LOW, goal.id(), null, null,
                DAY, null, false, null, null, "");
        DevelopmentPlan draft = new DevelopmentPlan(plan.id(), ana.id(), "2027-H1", "", "", "", PlanStatus.DRAFT,
                null, null, List.of(plan.goals().get(1), new DevelopmentGoal(plan.goals().get(0).id(), "Demo",
                        null, DevelopmentGoalStatus.DONE, "Did it", plan.goals().get(0).actions().subList(1, 2))));
        OneOnOne rewritten = new OneOnOne(oneOnOne.id(), ana.id(), DAY.plusDays(7), "", "Better now",
                List.of(oneOnOne.agenda().get(1)), List.of(oneOnOne.actionItems().get(1), new ActionItem(
                        UUID.randomUUID(), "Follow up", ActionOwner.PERSON, DAY.plusDays(8), false, null)));
        Recognition unlinked = new Recognition(recognition.id(), ana.id(), DAY.plusDays(1), "Great demo", null);

        people.save(renamed);
        destinations.save(abandoned);
        shifts.save(talkedThrough);
        goals.save(moved);
        stations.save(reachedStation);
        tasks.save(laid);
        hazards.save(reopened);
        plans.save(draft);
        oneOnOnes.save(rewritten);
        recognitions.save(unlinked);
        reopen();

        assertThat(stored()).containsExactly(manager, renamed, reached, abandoned, talkedThrough, moved,
                reachedStation, laid, reopened, draft, rewritten, unlinked);
        assertThat(destinations.current()).isEmpty();
    }

    @Test
    void deletedRecordsAreGoneAfterReopening() throws WorkbookException {
        saveEverything();

        recognitions.delete(recognition.id());
        oneOnOnes.delete(oneOnOne.id());
        plans.delete(plan.id());
        hazards.delete(hazard.id());
        tasks.delete(task.id());
        stations.delete(station.id());
        goals.delete(goal.id());
        shifts.delete(shift.id());
        destinations.delete(destination.id());
        destinations.delete(reached.id());
        people.delete(ana.id());
        people.delete(manager.id());
        reopen();

        assertThat(stored()).containsOnlyNulls();
        assertThat(Stream.of("person", "destination", "shift", "shift_talk", "goal", "station", "check_in", "task",
                "checklist_item", "hazard", "development_plan", "development_goal", "development_action",
                "one_on_one", "agenda_item", "action_item", "recognition").mapToInt(this::rowCount)).containsOnly(0);
    }

    @Test
    void savingAPersonAgainKeepsEverythingThatHangsOnThem() {
        saveEverything();

        people.save(ana.renamed("Ana"));

        assertThat(plans.listByPerson(ana.id())).containsExactly(plan);
        assertThat(oneOnOnes.listByPerson(ana.id())).containsExactly(oneOnOne);
        assertThat(recognitions.listByPerson(ana.id())).containsExactly(recognition);
        assertThat(tasks.find(task.id())).contains(task);
        assertThat(shifts.find(shift.id())).contains(shift);
    }

    @Test
    void deletingAPersonRemovesTheirPlansOneOnOnesAndRecognitionsAndLeavesTheirWorkUnowned()
            throws WorkbookException {
        saveEverything();

        people.delete(ana.id());
        reopen();

        assertThat(plans.find(plan.id())).isEmpty();
        assertThat(oneOnOnes.find(oneOnOne.id())).isEmpty();
        assertThat(recognitions.find(recognition.id())).isEmpty();
        assertThat(rowCount("development_action") + rowCount("agenda_item") + rowCount("action_item")).isZero();
        assertThat(tasks.find(task.id()).orElseThrow().ownerId()).isNull();
        assertThat(goals.find(goal.id()).orElseThrow().ownerId()).isNull();
        assertThat(hazards.find(hazard.id()).orElseThrow().raisedById()).isNull();
        assertThat(shifts.find(shift.id()).orElseThrow().talks()).extracting(ShiftTalk::personId)
                .containsExactly(manager.id());
    }

    @Test
    void deletingAGoalRemovesItsStationsCheckInsAndHazardsAndUnlinksTasksAndRecognitions() {
        saveEverything();
        Hazard onGoal = new Hazard(UUID.randomUUID(), "Scope creep", Severity.MEDIUM, goal.id(), null, null, DAY,
                null, false, null, null, "");
        Hazard onStation = new Hazard(UUID.randomUUID(), "No data", Severity.LOW, null, station.id(), null, DAY,
                null, false, null, null, "");
        hazards.save(onGoal);
        hazards.save(onStation);

        goals.delete(goal.id());

        assertThat(stations.find(station.id())).isEmpty();
        assertThat(stations.checkIns(station.id())).isEmpty();
        assertThat(hazards.list()).containsExactly(hazard);
        Task unlinked = tasks.find(task.id()).orElseThrow();
        assertThat(unlinked.goalId()).isNull();
        assertThat(unlinked.stationId()).isNull();
        assertThat(recognitions.find(recognition.id()).orElseThrow().goalId()).isNull();
        assertThat(destinations.find(destination.id())).contains(destination);
    }

    @Test
    void deletingATaskRemovesItsChecklistAndHazardsAndUnlinksActionItems() {
        saveEverything();

        tasks.delete(task.id());

        assertThat(rowCount("checklist_item")).isZero();
        assertThat(hazards.find(hazard.id())).isEmpty();
        assertThat(oneOnOnes.find(oneOnOne.id()).orElseThrow().actionItems()).extracting(ActionItem::taskId)
                .containsOnlyNulls();
    }

    @Test
    void deletingADestinationRemovesItsGoalsUnlessAShiftLeadsToIt() {
        saveEverything();

        assertThatThrownBy(() -> destinations.delete(destination.id())).isInstanceOf(StoreException.class);
        assertThat(destinations.find(destination.id())).contains(destination);
        assertThat(goals.find(goal.id())).contains(goal);

        shifts.delete(shift.id());
        destinations.delete(destination.id());
        assertThat(goals.find(goal.id())).isEmpty();
        assertThat(tasks.find(task.id()).orElseThrow().goalId()).isNull();
    }

    @Test
    void savingASecondCurrentDestinationFailsAndLeavesTheFirstAsItWas() throws WorkbookException {
        destinations.save(destination);
        Destination rival = Destination.newCurrent("Another way", "", "", null);

        assertThatThrownBy(() -> destinations.save(rival)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> destinations.save(reached.withStatus(DestinationStatus.CURRENT)))
                .isInstanceOf(StoreException.class);
        reopen();

        assertThat(destinations.list()).containsExactly(destination);
        assertThat(destinations.current()).contains(destination);
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        ChecklistItem twice = ChecklistItem.of("Stored twice");
        Task withDoubledItem = new Task(UUID.randomUUID(), Q4, "Doubled", "", Column.SURVEYED, 0, null, null, null,
                null, List.of(twice, twice), Instant.now());

        assertThatThrownBy(() -> tasks.save(withDoubledItem)).isInstanceOf(StoreException.class);
        assertThat(tasks.count()).isZero();
        assertThat(rowCount("checklist_item")).isZero();
    }

    @Test
    void aLinkToARecordThatIsNotThereIsDroppedRatherThanFailingTheSave() throws Exception {
        Task ownedByStranger = new Task(UUID.randomUUID(), Q4, "Orphan", "", Column.SURVEYED, 0, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), null, List.of(ChecklistItem.of("Kept")), Instant.now());

        tasks.save(ownedByStranger);
        reopen();

        Task stored = tasks.find(ownedByStranger.id()).orElseThrow();
        assertThat(stored.ownerId()).isNull();
        assertThat(stored.goalId()).isNull();
        assertThat(stored.stationId()).isNull();
        assertThat(stored.checklist()).extracting(ChecklistItem::text).containsExactly("Kept");
    }

    @Test
    void aPersonHasOnePlanPerPeriod() {
        saveEverything();
        DevelopmentPlan samePeriod = new DevelopmentPlan(UUID.randomUUID(), ana.id(), plan.period(), "", "", "",
                PlanStatus.DRAFT, null, null, List.of());

        assertThatThrownBy(() -> plans.save(samePeriod)).isInstanceOf(StoreException.class);
        assertThat(plans.listByPerson(ana.id())).containsExactly(plan);
    }

    @Test
    void peopleAreListedManagerFirstThenByNameWhateverTheCase() {
        Person bert = Person.newCrewMember("Bert", "");
        Person carla = Person.newCrewMember("carla", "");
        Person aaron = Person.newCrewMember("Aaron", "");
        List.of(bert, ana, manager, carla, aaron).forEach(people::save);

        assertThat(people.list()).containsExactly(manager, aaron, ana, bert, carla);
    }

    @Test
    void shiftsAreListedOldestFirst() {
        saveEverything();
        Shift later = new Shift(UUID.randomUUID(), destination.id(), reached.id(), "Back", DAY.plusDays(1),
                List.of());
        Shift earlier = new Shift(UUID.randomUUID(), null, reached.id(), "Start", DAY.minusYears(1), List.of());
        shifts.save(later);
        shifts.save(earlier);

        assertThat(shifts.list()).containsExactly(earlier, shift, later);
    }

    @Test
    void goalsAndStationsAreListedInTheirOrderWithinTheQuarter() {
        saveEverything();
        Goal first = new Goal(UUID.randomUUID(), destination.id(), Q4, "First", "", null, 0);
        Goal elsewhen = new Goal(UUID.randomUUID(), destination.id(), Q4.previous(), "Earlier", "", null, 0);
        Station firstOfGoal = Station.milestone(goal.id(), "Design", DAY, 0);
        Station lastOfGoal = Station.milestone(goal.id(), "Launch", DAY, 7);
        Station ofFirst = Station.keyResult(first.id(), "Signups", 0, 100, "", DAY, 5);
        Station ofElsewhen = Station.milestone(elsewhen.id(), "Old", DAY, 0);
        goals.save(first);
        goals.save(elsewhen);
        List.of(lastOfGoal, ofFirst, ofElsewhen, firstOfGoal).forEach(stations::save);

        assertThat(goals.listByQuarter(Q4)).containsExactly(first, goal);
        assertThat(goals.quarters()).containsExactly(Q4.previous(), Q4);
        assertThat(stations.listByGoal(goal.id())).containsExactly(firstOfGoal, station, lastOfGoal);
        assertThat(stations.listByQuarter(Q4)).containsExactly(ofFirst, firstOfGoal, station, lastOfGoal);
    }

    @Test
    void checkInsAreListedByDateThenInTheOrderTheyWereRecorded() {
        saveEverything();
        Instant now = Instant.now();
        CheckIn sameDayLater = new CheckIn(UUID.randomUUID(), station.id(), DAY, 900, Confidence.ON_TRACK, "",
                now.plusSeconds(60));
        CheckIn dayBefore = new CheckIn(UUID.randomUUID(), station.id(), DAY.minusDays(1), 2000,
                Confidence.OFF_TRACK, "", now.plusSeconds(120));
        stations.addCheckIn(sameDayLater);
        stations.addCheckIn(dayBefore);

        assertThat(stations.checkIns(station.id())).containsExactly(dayBefore, checkIn, sameDayLater);
    }

    @Test
    void tasksAreListedColumnByColumnThenByPosition() {
        Task laid = Task.surveyed(Q4, "Laid", 0, Instant.EPOCH).movedTo(Column.LAID, 0);
        Task laying = Task.surveyed(Q4, "Laying", 0, Instant.EPOCH).movedTo(Column.LAYING, 1);
        Task surveyedSecond = Task.surveyed(Q4, "Second", 1, Instant.EPOCH);
        Task surveyedFirst = Task.surveyed(Q4, "First", 0, Instant.EPOCH);
        Task nextQuarter = Task.surveyed(Q4.next(), "Later", 0, Instant.EPOCH);
        tasks.saveAll(List.of(laid, laying, surveyedSecond, nextQuarter, surveyedFirst));

        assertThat(tasks.listByQuarter(Q4)).containsExactly(surveyedFirst, surveyedSecond, laying, laid);
        assertThat(tasks.quarters()).containsExactly(Q4, Q4.next());
        assertThat(tasks.count()).isEqualTo(5);
    }

    @Test
    void hazardsAreListedOpenFirstThenMostSevereThenOldest() {
        saveEverything();
        Hazard openLow = onGoal(Severity.LOW, DAY.minusDays(9));
        Hazard openHighNew = onGoal(Severity.HIGH, DAY);
        Hazard openHighOld = onGoal(Severity.HIGH, DAY.minusDays(3));
        Hazard openMedium = onGoal(Severity.MEDIUM, DAY);
        Hazard resolvedLow = onGoal(Severity.LOW, DAY.minusDays(30)).resolved(DAY, "Gone");
        List.of(openLow, openHighNew, resolvedLow, openMedium, openHighOld).forEach(hazards::save);

        assertThat(hazards.list())
                .containsExactly(openHighOld, openHighNew, openMedium, openLow, hazard, resolvedLow);
    }

    @Test
    void plansAreListedByPeriodOneOnOnesByDateAndRecognitionsNewestFirst() {
        saveEverything();
        DevelopmentPlan earlierPlan = new DevelopmentPlan(UUID.randomUUID(), ana.id(), "2026-H1", "", "", "",
                PlanStatus.DRAFT, null, null, List.of());
        DevelopmentPlan othersPlan = new DevelopmentPlan(UUID.randomUUID(), manager.id(), "2026-H1", "", "", "",
                PlanStatus.DRAFT, null, null, List.of());
        OneOnOne laterSession = new OneOnOne(UUID.randomUUID(), ana.id(), DAY.plusDays(14), "", "", List.of(),
                List.of());
        OneOnOne earlierSession = new OneOnOne(UUID.randomUUID(), ana.id(), DAY.minusDays(14), "", "", List.of(),
                List.of());
        Recognition newest = new Recognition(UUID.randomUUID(), ana.id(), DAY.plusDays(1), "Again", null);
        Recognition oldest = new Recognition(UUID.randomUUID(), manager.id(), DAY.minusDays(1), "Calm", null);
        plans.save(othersPlan);
        plans.save(earlierPlan);
        oneOnOnes.save(laterSession);
        oneOnOnes.save(earlierSession);
        recognitions.save(oldest);
        recognitions.save(newest);

        assertThat(plans.listByPerson(ana.id())).containsExactly(earlierPlan, plan);
        assertThat(oneOnOnes.listByPerson(ana.id())).containsExactly(earlierSession, oneOnOne, laterSession);
        assertThat(recognitions.listByPerson(ana.id())).containsExactly(newest, recognition);
        assertThat(recognitions.list()).containsExactly(newest, recognition, oldest);
    }

    private Hazard onGoal(Severity severity, LocalDate raisedOn) {
        return new Hazard(UUID.randomUUID(), severity + " since " + raisedOn, severity, goal.id(), null, null,
                raisedOn, null, false, null, null, "");
    }

    private int rowCount(String table) {
        return file.read(c -> file.sql(c).one("SELECT COUNT(*) AS n FROM " + table, row -> row.integer("n")))
                .orElseThrow();
    }

    private void saveEverything() {
        people.save(manager);
        people.save(ana);
        destinations.save(reached);
        destinations.save(destination);
        shifts.save(shift);
        goals.save(goal);
        stations.save(station);
        stations.addCheckIn(checkIn);
        tasks.save(task);
        hazards.save(hazard);
        plans.save(plan);
        oneOnOnes.save(oneOnOne);
        recognitions.save(recognition);
    }

    /** What the workbook holds under the ids of the records that {@link #saveEverything()} saves, in its order. */
    private List<Record> stored() {
        return Stream.of(people.find(manager.id()), people.find(ana.id()), destinations.find(reached.id()),
                        destinations.find(destination.id()), shifts.find(shift.id()), goals.find(goal.id()),
                        stations.find(station.id()), tasks.find(task.id()), hazards.find(hazard.id()),
                        plans.find(plan.id()), oneOnOnes.find(oneOnOne.id()), recognitions.find(recognition.id()))
                .<Record>map(found -> found.orElse(null))
                .toList();
    }

    private void reopen() throws WorkbookException {
        file.close();
        use(WorkbookFile.open(path));
    }

    /** Repositories are cheap views of a file: new ones for each file, as the app makes them. */
    private void use(WorkbookFile opened) {
        file = opened;
        people = new PersonRepository(file);
        destinations = new DestinationRepository(file);
        shifts = new ShiftRepository(file);
        goals = new GoalRepository(file);
        stations = new StationRepository(file);
        tasks = new TaskRepository(file);
        hazards = new HazardRepository(file);
        plans = new DevelopmentPlanRepository(file);
        oneOnOnes = new OneOnOneRepository(file);
        recognitions = new RecognitionRepository(file);
    }
}
