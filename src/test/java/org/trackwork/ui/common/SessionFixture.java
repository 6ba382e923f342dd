package org.trackwork.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trackwork.service.CallingThreadTaskRunner;
import org.trackwork.service.QueuedTaskRunner;
import org.trackwork.service.SampleWorkbook;
import org.trackwork.service.Workbook;
import org.trackwork.store.WorkbookFile;

/**
 * A session on a real workbook in a temp folder, with every task run on the calling thread, or (queued) held
 * until {@link #settle()} runs it, as the writer thread runs it after the view model has shown an edit at once.
 */
public final class SessionFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final WorkbookSession session;
    private final QueuedTaskRunner queue;

    private SessionFixture() {
        this(null);
    }

    private SessionFixture(QueuedTaskRunner queue) {
        this.queue = queue;
        this.session = new WorkbookSession(queue != null ? queue : new CallingThreadTaskRunner(), dialogs, CLOCK);
    }

    public static SessionFixture empty(Path folder) throws Exception {
        SessionFixture fixture = new SessionFixture();
        fixture.session.show(new Workbook(WorkbookFile.create(folder.resolve("team.trackwork"))));
        return fixture;
    }

    /** An empty workbook whose store work waits for {@link #settle()}, as in production it waits for the writer. */
    public static SessionFixture emptyQueued(Path folder) throws Exception {
        SessionFixture fixture = new SessionFixture(new QueuedTaskRunner());
        fixture.session.show(new Workbook(WorkbookFile.create(folder.resolve("team.trackwork"))));
        fixture.settle();
        return fixture;
    }

    /** Runs the store work that waits (a queued fixture), as the writer thread would; returns how many tasks ran. */
    public int settle() {
        if (queue == null) {
            return 0;
        }
        int ran = queue.pending();
        queue.runAll();
        return ran;
    }

    public static SessionFixture sample(Path folder) throws Exception {
        Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("sample.trackwork")));
        new SampleWorkbook(LocalDate.now(CLOCK)).write(workbook, SampleWorkbook.Size.TEAM, progress -> { });
        SessionFixture fixture = new SessionFixture();
        fixture.session.show(workbook);
        return fixture;
    }

    public Workbook workbook() {
        return session.workbook();
    }

    @Override
    public void close() {
        session.workbook().close();
    }
}
