package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trackwork.domain.Quarter;
import org.trackwork.store.ColumnLimitRepository;
import org.trackwork.store.DestinationRepository;
import org.trackwork.store.DevelopmentPlanRepository;
import org.trackwork.store.GoalRepository;
import org.trackwork.store.HazardRepository;
import org.trackwork.store.OneOnOneRepository;
import org.trackwork.store.PersonRepository;
import org.trackwork.store.RecognitionRepository;
import org.trackwork.store.SearchIndex;
import org.trackwork.store.ShiftRepository;
import org.trackwork.store.StationRepository;
import org.trackwork.store.SqlWork;
import org.trackwork.store.TaskRepository;
import org.trackwork.store.UnreadableRows;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;
import org.trackwork.store.WorkbookGone;

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
    private final SearchIndex searchIndex;
    private final WorkbookBackups backups;
    private final BackupFailed backupProblem;

    /** A workbook without backups, as tests and tools use it. */
    public Workbook(WorkbookFile file) {
        this(file, null, null);
    }

    /**
     * A workbook with its backups; {@code backupProblem} says why the backup on open or creation failed, so that
     * the user can be told.
     */
    Workbook(WorkbookFile file, WorkbookBackups backups, BackupFailed backupProblem) {
        this.file = file;
        this.backups = backups;
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
        this.searchIndex = new SearchIndex(file);
    }

    public Path path() {
        return file.path();
    }

    public String name() {
        return file.name();
    }

    /** The identity stored in the workbook, which its backups share. */
    public java.util.UUID id() {
        return file.id();
    }

    /** The rows reading has had to leave out since the workbook was opened. */
    public UnreadableRows unreadableRows() {
        return file.unreadableRows();
    }

    /**
     * Whether the file is still the workbook at its path, unchanged by other programs; asked when the window comes
     * back to the front. When it is not, the workbook is detached and saves nothing more.
     */
    public Optional<WorkbookGone> checkInPlace() {
        return file.checkInPlace();
    }

    /** Why the workbook was detached from its file, when it was. */
    public Optional<WorkbookGone> gone() {
        return file.gone();
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
        file.copyTo(target, true);
    }

    /** Why the backup taken when this workbook was opened failed; empty when it was taken. */
    public Optional<BackupFailed> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    /** False once the workbook was closed, including by a restore that replaced it. */
    public boolean isOpen() {
        return file.isOpen();
    }

    /** Every quarter that has goals or tasks, in order. */
    public SortedSet<Quarter> knownQuarters() {
        TreeSet<Quarter> all = new TreeSet<>(goals.quarters());
        all.addAll(tasks.quarters());
        return all;
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

    /** The full-text index of everything written in the workbook; {@link WorkbookSearch} is the way to ask it. */
    SearchIndex searchIndex() {
        return searchIndex;
    }

    /** Closes a workbook this session created and deletes its file, when it could not be filled. */
    void discard() {
        file.closeAndDelete();
    }

    /**
     * Closes the workbook. Its edits can no longer be undone now, so the private text they removed is removed from
     * its backups first.
     */
    @Override
    public void close() {
        if (backups != null && file.isOpen()) {
            backups.removeDeletedText(file);
        }
        file.close();
    }
}
