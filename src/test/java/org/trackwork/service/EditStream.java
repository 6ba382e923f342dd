package org.trackwork.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;

/**
 * A child process for the crash trials: opens a workbook as the app does and saves a stream of edits through the
 * service layer (undoable edits, each its own transaction), printing a line for each one once it is acknowledged,
 * until it is killed. Lines: {@code ACK PERSON id}, {@code ACK TASK id items}, {@code ACK NOTE session n}.
 */
public final class EditStream {

    private EditStream() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        UUID session = UUID.fromString(args[1]);
        // each child numbers its edits on from where the one before stopped, so a later note is a larger number
        long first = Long.parseLong(args[2]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(path.resolveSibling("backups"),
                Clock.systemUTC()));
        try (Workbook workbook = opener.open(path)) {
            UndoHistory history = new UndoHistory();
            Quarter quarter = Quarter.parse("2026-Q4");
            out.println("READY");
            out.flush();
            for (long i = first; ; i++) {
                switch ((int) (i % 3)) {
                    case 0 -> {
                        Person person = Person.newCrewMember("Crash trial " + i, "Role " + i);
                        history.perform(Edit.of("add", w -> w.people().save(person),
                                w -> w.people().delete(person.id())), workbook);
                        out.println("ACK PERSON " + person.id());
                    }
                    case 1 -> {
                        Task task = Task.surveyed(quarter, "Card " + i, 0, Instant.EPOCH).withChecklist(List.of(
                                ChecklistItem.of("one " + i), ChecklistItem.of("two " + i)));
                        history.perform(Edit.of("card", w -> w.tasks().save(task), w -> w.tasks().delete(task.id())),
                                workbook);
                        out.println("ACK TASK " + task.id() + " 2");
                    }
                    default -> {
                        long n = i;
                        history.perform(OneOnOneChange.of("note", session,
                                s -> s.withPrivateNotes("note " + n)), workbook);
                        out.println("ACK NOTE " + session + " " + n);
                    }
                }
                out.flush();
            }
        }
    }
}
