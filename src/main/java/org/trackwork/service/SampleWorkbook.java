package org.trackwork.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.DoubleConsumer;
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
import org.trackwork.domain.Refusal;

/**
 * Writes a believable team into an empty workbook: a manager and crew, a destination with one earlier shift, the
 * quarter's goals and stations, track on the board, hazards, plans, one-on-ones and recognition. The same
 * generator, given a larger size, makes workbooks for benchmarks. The content depends only on the size and date.
 */
public final class SampleWorkbook {

    /** How much to write: crew members besides the manager, and tasks in all. */
    public record Size(int crew, int tasks) {
        public static final Size TEAM = new Size(15, 60);

        public Size {
            if (crew < 1 || tasks < 0) {
                throw new Refusal("refusal.sample.noCrew");
            }
        }
    }

    /** Tasks beyond the current quarter's share go to earlier quarters, this many to each. */
    static final int TASKS_PER_QUARTER = 10_000;
    private static final int BATCH = 5_000;

    private static final String[] FIRST = {"Ada", "Bilal", "Chiara", "Dmitri", "Esi", "Farah", "Gustav", "Hana",
        "Ikaika", "Joon-ho", "Kirsi", "Luis", "Mei", "Nnamdi", "Olga", "Priya", "Quentin", "Rosa", "Sven", "Tomás",
        "Ulla", "Vikram", "Wanjiru", "Xiadani", "Yusuf", "Zofia"};
    private static final String[] LAST = {"Lindqvist", "Haddad", "Rossi", "Volkov", "Mensah", "Rahimi", "Berg",
        "Sato", "Kahale", "Park", "Virtanen", "García", "Chen", "Okonkwo", "Petrova", "Iyer", "Marchand", "Díaz",
        "Nilsson", "Ferreira", "Łukasik", "Menon", "Kamau", "Torres", "Aydın", "Nowak"};
    private static final String[] ROLES = {"Backend engineer", "Frontend engineer", "Support lead", "Designer",
        "Data analyst", "QA engineer", "Onboarding specialist", "Technical writer", "Site reliability engineer"};
    private static final String[] VERBS = {"Draft", "Automate", "Review", "Measure", "Simplify", "Document",
        "Test", "Ship", "Interview customers about", "Remove the manual step in", "Prototype", "Clean up"};
    private static final String[] OBJECTS = {"the signup form", "account verification", "the welcome email",
        "data import", "the setup checklist", "billing set-up", "the first-run tour", "SSO configuration",
        "the help centre articles", "support hand-over", "the onboarding dashboard", "trial extension rules"};
    private static final String[] STRENGTHS = {"Calm under pressure; customers trust them.",
        "Sees the whole system and explains it simply.", "Ships small, often and carefully.",
        "Asks the question nobody else asks.", "Makes new colleagues feel at home."};
    private static final String[] GROWTH = {"Saying no to work that does not serve the destination.",
        "Writing decisions down so others can follow them.", "Leading a meeting with people from other teams.",
        "Estimating work before committing to a date.", "Giving direct feedback kindly."};

    private final Random random = new Random(42);
    private final LocalDate today;

    public SampleWorkbook(LocalDate today) {
        this.today = today;
    }

    /** Writes the sample, reporting progress from 0 to 1; each part is its own transaction. */
    public void write(Workbook workbook, Size size, DoubleConsumer progress) {
        Quarter quarter = Quarter.of(today);
        List<Person> crew = writeCrew(workbook, size.crew());
        progress.accept(0.05);
        Destination destination = writeDestinations(workbook, crew);
        List<Goal> goals = new ArrayList<>();
        List<Station> stations = new ArrayList<>();
        workbook.inTransaction(connection -> {
            writeGoals(workbook, quarter, destination, crew, goals, stations);
            return null;
        });
        progress.accept(0.1);
        List<Task> tasks = writeTasks(workbook, size.tasks(), quarter, crew, goals, stations, progress);
        workbook.inTransaction(connection -> {
            writeHazards(workbook, crew, goals, stations, tasks);
            for (Person person : crew) {
                writePlan(workbook, person);
                writeOneOnOnes(workbook, person);
                writeRecognitions(workbook, person, goals);
            }
            return null;
        });
        progress.accept(1);
    }

    private List<Person> writeCrew(Workbook workbook, int count) {
        List<Person> crew = new ArrayList<>();
        crew.add(new Person(UUID.randomUUID(), "Maya Okafor", "Engineering manager", today.minusYears(3),
                "Keep the train running: clear track, fuel the crew, and warn early about boulders.", true, false));
        for (int i = 0; i < count; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / LAST.length) % LAST.length]
                    + (i >= FIRST.length ? " " + (i / FIRST.length + 1) : "");
            String role = ROLES[i % ROLES.length];
            crew.add(new Person(UUID.randomUUID(), name, role, today.minusDays(90L + random.nextInt(2000)),
                    "As " + role.toLowerCase() + ", I make " + OBJECTS[i % OBJECTS.length]
                            + " faster for a new customer.", false, false));
        }
        workbook.inTransaction(connection -> {
            crew.forEach(workbook.people()::save);
            return null;
        });
        return crew;
    }

    private Destination writeDestinations(Workbook workbook, List<Person> crew) {
        Instant earlier = today.minusMonths(7).atStartOfDay().toInstant(ZoneOffset.UTC);
        Destination abandoned = new Destination(UUID.randomUUID(), "Rebuild the platform from scratch",
                "A new platform, written from the ground up, live for every customer.",
                "The old platform slows every change we make.", today.plusMonths(10), DestinationStatus.ABANDONED,
                earlier);
        Destination current = new Destination(UUID.randomUUID(), "Every new customer live within one day",
                "A customer who signs up in the morning works with us by the evening, without calling support.",
                "Customers who are live on day one stay; those who wait a week leave. Onboarding is where we win "
                        + "or lose them.",
                today.plusMonths(15), DestinationStatus.CURRENT, earlier.plus(60, ChronoUnit.DAYS));
        LocalDate shiftedOn = today.minusMonths(5);
        List<ShiftTalk> talks = new ArrayList<>();
        for (int i = 0; i < crew.size(); i++) {
            talks.add(new ShiftTalk(crew.get(i).id(), i % 4 == 3 ? null : shiftedOn.plusDays(i % 10)));
        }
        workbook.inTransaction(connection -> {
            workbook.destinations().save(abandoned);
            workbook.destinations().save(current);
            workbook.shifts().save(new Shift(UUID.randomUUID(), abandoned.id(), current.id(),
                    "Customers told us in interviews that onboarding, not the platform, is what hurts. A rebuild "
                            + "would take two years before any customer felt it.",
                    shiftedOn, talks));
            return null;
        });
        return current;
    }

    private void writeGoals(Workbook workbook, Quarter quarter, Destination destination, List<Person> crew,
                            List<Goal> goals, List<Station> stations) {
        String[][] plan = {
            {"Halve the time to first login", "Signup to first login in under 2 hours."},
            {"Self-serve data import", "Customers bring their data without a support ticket."},
            {"A support hand-over that never drops a customer", "Every stuck customer is picked up within an hour."},
            {"Measure onboarding end to end", "We see where each customer waits, every day."},
        };
        LocalDate end = quarter.lastDay();
        for (int g = 0; g < plan.length; g++) {
            Goal goal = new Goal(UUID.randomUUID(), destination.id(), quarter, plan[g][0], plan[g][1],
                    crew.get(1 + g % (crew.size() - 1)).id(), g);
            workbook.goals().save(goal);
            goals.add(goal);
            Station keyResult = Station.keyResult(goal.id(), "Median hours from signup to live", 48, 12, "h",
                    end.minusDays(10L * g), 0);
            if (g == 1) {
                keyResult = Station.keyResult(goal.id(), "Imports without a ticket", 0, 200, "imports",
                        end.minusDays(5), 0);
            }
            Station milestone = Station.milestone(goal.id(), "Pilot with three customers", end.minusDays(40L - 7 * g),
                    1);
            Station review = Station.milestone(goal.id(), "Findings shared with the leader", end, 2);
            for (Station station : List.of(keyResult, milestone, review)) {
                Station saved = checkIns(workbook, station, g);
                workbook.stations().save(saved);
                stations.add(saved);
            }
        }
    }

    /** Records a few dated check-ins on a station and returns the station as they leave it. */
    private Station checkIns(Workbook workbook, Station station, int goalIndex) {
        workbook.stations().save(station);
        Station current = station;
        int readings = station.kind() == StationKind.KEY_RESULT ? 3 : (goalIndex % 2);
        for (int i = 1; i <= readings; i++) {
            double value = station.kind() == StationKind.KEY_RESULT
                    ? Math.round(station.start() + (station.target() - station.start()) * 0.18 * i
                            * (1 + goalIndex % 2 * 0.5))
                    : 1;
            Confidence confidence = Confidence.values()[(goalIndex + i) % 3 == 2 && goalIndex == 2 ? 2
                    : (goalIndex + i) % 5 == 4 ? 1 : 0];
            CheckIn checkIn = new CheckIn(UUID.randomUUID(), station.id(), today.minusDays(28L - 9 * i), value,
                    confidence, i == readings ? "Steady progress; pilot customers are happy." : "",
                    Instant.now());
            workbook.stations().addCheckIn(checkIn);
            current = current.checkedIn(checkIn);
        }
        return current;
    }

    private List<Task> writeTasks(Workbook workbook, int count, Quarter quarter, List<Person> crew, List<Goal> goals,
                                  List<Station> stations, DoubleConsumer progress) {
        List<Task> thisQuarter = new ArrayList<>();
        List<Task> batch = new ArrayList<>();
        int[] positions = new int[Column.values().length];
        Quarter batchQuarter = quarter;
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % TASKS_PER_QUARTER == 0) {
                batchQuarter = batchQuarter.previous();
                positions = new int[Column.values().length];
            }
            Task task = task(i, batchQuarter, quarter, crew, goals, stations, positions);
            batch.add(task);
            if (batchQuarter.equals(quarter) && thisQuarter.size() < 500) {
                thisQuarter.add(task);
            }
            if (batch.size() == BATCH) {
                workbook.tasks().saveAll(batch);
                batch.clear();
                progress.accept(0.1 + 0.8 * i / count);
            }
        }
        workbook.tasks().saveAll(batch);
        progress.accept(0.9);
        return thisQuarter;
    }

    private Task task(int i, Quarter quarter, Quarter current, List<Person> crew, List<Goal> goals,
                      List<Station> stations, int[] positions) {
        Column column = quarter.equals(current) ? Column.values()[(i * 5 / 3) % 3] : Column.LAID;
        boolean linked = quarter.equals(current);
        Goal goal = goals.get(i % goals.size());
        Station station = linked && i % 3 == 0 ? stations.get((i / 3) % stations.size()) : null;
        UUID goalId = linked && station == null ? goal.id() : null;
        LocalDate due = quarter.firstDay().plusDays(random.nextInt(88));
        List<ChecklistItem> checklist = new ArrayList<>();
        int items = i % 4;
        for (int c = 0; c < items; c++) {
            checklist.add(new ChecklistItem(UUID.randomUUID(), List.of("Write it down", "Pair on it",
                    "Check with a customer", "Tell the crew").get(c), column == Column.LAID || c < items / 2));
        }
        String title = VERBS[i % VERBS.length] + " " + OBJECTS[(i / VERBS.length) % OBJECTS.length];
        return new Task(UUID.randomUUID(), quarter, title, "", column, positions[column.ordinal()]++,
                crew.get(i % crew.size()).id(), goalId, station == null ? null : station.id(), due, checklist,
                Instant.now());
    }

    private void writeHazards(Workbook workbook, List<Person> crew, List<Goal> goals, List<Station> stations,
                              List<Task> tasks) {
        UUID manager = crew.get(0).id();
        List<Hazard> hazards = new ArrayList<>();
        hazards.add(new Hazard(UUID.randomUUID(), "The identity provider changes its API next month.",
                Severity.HIGH, goals.get(0).id(), null, null, today.minusDays(12), manager, false,
                today.minusDays(10), null, ""));
        hazards.add(new Hazard(UUID.randomUUID(), "Pilot customers for the import are not confirmed yet.",
                Severity.MEDIUM, null, stations.get(Math.min(4, stations.size() - 1)).id(), null,
                today.minusDays(6), crew.get(1).id(), false, null, null, ""));
        hazards.add(new Hazard(UUID.randomUUID(), "A key engineer may move to another team in January.",
                Severity.MEDIUM, goals.get(2 % goals.size()).id(), null, null, today.minusDays(3), manager, true,
                null, null, ""));
        if (!tasks.isEmpty()) {
            hazards.add(new Hazard(UUID.randomUUID(), "Waiting for legal to approve the new terms text.",
                    Severity.LOW, null, null, tasks.get(0).id(), today.minusDays(20), crew.get(2).id(), false, null,
                    today.minusDays(4), "Legal approved the text with one change."));
        }
        hazards.add(new Hazard(UUID.randomUUID(), "Test environment down for days at a time.", Severity.HIGH,
                goals.get(1 % goals.size()).id(), null, null, today.minusDays(40), manager, false,
                today.minusDays(38), today.minusDays(30), "Operations gave us a dedicated environment."));
        hazards.forEach(workbook.hazards()::save);
    }

    private void writePlan(Workbook workbook, Person person) {
        int i = random.nextInt(1_000);
        String period = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        LocalDate target = today.plusMonths(3);
        List<DevelopmentGoal> goals = List.of(
                new DevelopmentGoal(UUID.randomUUID(), "Lead a cross-team design review", target,
                        DevelopmentGoalStatus.IN_PROGRESS, "Ran the review of the import design in October.",
                        List.of(new DevelopmentAction(UUID.randomUUID(), ActionKind.STRETCH_ASSIGNMENT,
                                        "Run the design review for the hand-over flow", target.minusMonths(1),
                                        false),
                                new DevelopmentAction(UUID.randomUUID(), ActionKind.COACHING,
                                        "Monthly session with a staff engineer", null, false))),
                new DevelopmentGoal(UUID.randomUUID(), GROWTH[i % GROWTH.length].replace(".", ""),
                        target.plusMonths(2), DevelopmentGoalStatus.NOT_STARTED, "",
                        List.of(new DevelopmentAction(UUID.randomUUID(), ActionKind.LEARNING,
                                "Read and discuss one book chapter a fortnight", null, false),
                                new DevelopmentAction(UUID.randomUUID(), ActionKind.FEEDBACK,
                                        "Ask two colleagues for feedback after each review", null, false))));
        boolean agreed = i % 3 != 0;
        workbook.plans().save(new DevelopmentPlan(UUID.randomUUID(), person.id(), period,
                STRENGTHS[i % STRENGTHS.length], GROWTH[(i + 1) % GROWTH.length],
                "Time in the week for the review work, and an introduction to the platform team.",
                agreed ? PlanStatus.AGREED : PlanStatus.DRAFT, agreed ? today.minusDays(30) : null, null, goals));
    }

    private void writeOneOnOnes(Workbook workbook, Person person) {
        for (int weeksAgo : new int[] {4, 2}) {
            LocalDate date = today.minusWeeks(weeksAgo);
            boolean latest = weeksAgo == 2;
            workbook.oneOnOnes().save(new OneOnOne(UUID.randomUUID(), person.id(), date,
                    "Talked about the pilot and what is in the way. " + person.name().split(" ")[0]
                            + " wants more time with customers.",
                    "Seems tired; check workload next time. Mention the team lead role only when it is confirmed.",
                    List.of(new AgendaItem(UUID.randomUUID(), "How is the workload?", false, true, true),
                            new AgendaItem(UUID.randomUUID(), "Feedback on the import design", true, false, true)),
                    List.of(new ActionItem(UUID.randomUUID(), "Share the pilot customer list", ActionOwner.MANAGER,
                                    date.plusDays(3), !latest, null),
                            new ActionItem(UUID.randomUUID(), "Write up the import findings", ActionOwner.PERSON,
                                    date.plusDays(10), !latest, null))));
        }
    }

    private void writeRecognitions(Workbook workbook, Person person, List<Goal> goals) {
        int i = random.nextInt(1_000);
        int daysAgo = 5 + i % 50;
        workbook.recognitions().save(new Recognition(UUID.randomUUID(), person.id(), today.minusDays(daysAgo),
                "Stayed with a stuck customer until they were live, and wrote down what went wrong.",
                goals.get(i % goals.size()).id()));
        if (i % 2 == 0) {
            workbook.recognitions().save(new Recognition(UUID.randomUUID(), person.id(),
                    today.minusDays(daysAgo + 40L), "Made the new colleague's first week a good one.", null));
        }
    }
}
