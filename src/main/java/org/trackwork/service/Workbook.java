package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.trackwork.store.ColumnLimitRepository;
import org.trackwork.store.DestinationRepository;
import org.trackwork.store.DevelopmentPlanRepository;
import org.trackwork.store.GoalRepository;
import org.trackwork.store.HazardRepository;
import org.trackwork.store.OneOnOneRepository;
import org.trackwork.store.PersonRepository;
import org.trackwork.store.RecognitionRepository;
import org.trackwork.store.ShiftRepository;
import org.trackwork.store.StationRepository;
import org.trackwork.store.SqlWork;
import org.trackwork.store.TaskRepository;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

/** The workbook in front of the user: its file and a repository per aggregate. Used on the writer thread only. */
public final class Workbook implements AutoCloseable {

    /** The file extension of workbooks. */
    public static final String EXTENSION = WorkbookFile.EXTENSION;

    private final WorkbookFile file;
    private final PersonRepository people;
    private final DestinationRepository destinations;
    private final ShiftRepository shifts;
    private final GoalRepository goals;
    private final StationRepository stations;
    private final TaskRepository tasks;
    private final HazardRepository hazards;
    private final DevelopmentPlanRepository plans;
    private final OneOnOneRepository oneOnOnes;
    private final RecognitionRepository recognitions;
    private final ColumnLimitRepository columnLimits;
    private final String backupProblem;

    public Workbook(WorkbookFile file) {
        this(file, null);
    }

    /** A workbook whose backup on open failed, saying why, so that the user can be told. */
    Workbook(WorkbookFile file, String backupProblem) {
        this.file = file;
        this.backupProblem = backupProblem;
        this.people = new PersonRepository(file);
        this.destinations = new DestinationRepository(file);
        this.shifts = new ShiftRepository(file);
        this.goals = new GoalRepository(file);
        this.stations = new StationRepository(file);
        this.tasks = new TaskRepository(file);
        this.hazards = new HazardRepository(file);
        this.plans = new DevelopmentPlanRepository(file);
        this.oneOnOnes = new OneOnOneRepository(file);
        this.recognitions = new RecognitionRepository(file);
        this.columnLimits = new ColumnLimitRepository(file);
    }

    public Path path() {
        return file.path();
    }

    public String name() {
        return file.name();
    }

    /** Runs several repository calls as one edit: all saved, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        return file.inTransaction(work);
    }

    WorkbookFile file() {
        return file;
    }

    /**
     * Writes a checked copy of the whole workbook to another file (Save a Copy As).
     *
     * @throws WorkbookException when the target is a workbook open here or in another window
     */
    public void copyTo(Path target) throws IOException, WorkbookException {
        file.copyTo(target);
    }

    /** Why the backup taken when this workbook was opened failed; empty when it was taken. */
    public Optional<String> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    /** False once the workbook was closed, including by a restore that replaced it. */
    public boolean isOpen() {
        return file.isOpen();
    }

    public PersonRepository people() {
        return people;
    }

    public DestinationRepository destinations() {
        return destinations;
    }

    public ShiftRepository shifts() {
        return shifts;
    }

    public GoalRepository goals() {
        return goals;
    }

    public StationRepository stations() {
        return stations;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public HazardRepository hazards() {
        return hazards;
    }

    public DevelopmentPlanRepository plans() {
        return plans;
    }

    public OneOnOneRepository oneOnOnes() {
        return oneOnOnes;
    }

    public RecognitionRepository recognitions() {
        return recognitions;
    }

    public ColumnLimitRepository columnLimits() {
        return columnLimits;
    }

    /** Closes a workbook this session created and deletes its file, when it could not be filled. */
    void discard() {
        file.closeAndDelete();
    }

    @Override
    public void close() {
        file.close();
    }
}
