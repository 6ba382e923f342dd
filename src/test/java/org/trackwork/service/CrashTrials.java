package org.trackwork.service;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookFile;

/**
 * Kills a child process in the middle of a stream of edits, again and again, and checks after each kill that every
 * edit the child had acknowledged is in the workbook and that SQLite finds the file whole.
 */
public final class CrashTrials {

    /** What one trial found. */
    public record Trial(int acknowledged, int lost, String integrity, long millisToKill) {
    }

    private final Path path;
    private final UUID session = UUID.randomUUID();
    private final Random random;
    private final List<String> acknowledgedSoFar = new ArrayList<>();
    private int trials;

    public CrashTrials(Path folder, long seed) throws Exception {
        this.path = folder.resolve("crash.trackwork");
        this.random = new Random(seed);
        try (Workbook workbook = new WorkbookOpener(new WorkbookBackups(folder.resolve("backups"),
                java.time.Clock.systemUTC())).create(path)) {
            Person ada = Person.newCrewMember("Ada", "");
            workbook.people().save(ada);
            workbook.oneOnOnes().save(new OneOnOne(session, ada.id(), LocalDate.of(2026, 11, 1), "", "note -1",
                    List.of(), List.of()));
        }
    }

    /** Starts the child, kills it after a random number of acknowledged edits, and checks the workbook. */
    public Trial run() throws Exception {
        int killAfter = 5 + random.nextInt(80);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", childClassPath(),
                EditStream.class.getName(), path.toString(), session.toString(),
                String.valueOf(1_000_000L * trials++))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        long killedAt;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            long started = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    started = System.nanoTime();
                } else if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    if (acknowledged.size() >= killAfter) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            killedAt = (System.nanoTime() - started) / 1_000_000;
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child did not die");
        }
        if (acknowledged.isEmpty()) {
            throw new IllegalStateException("The child acknowledged nothing (exit " + child.exitValue() + ")");
        }
        acknowledgedSoFar.addAll(acknowledged);
        return check(acknowledged.size(), killedAt);
    }

    /**
     * The class path the child needs: this JVM's, or, under {@code mvn exec:java}, whose JVM class path is Maven's
     * own, the URLs of the loader that loaded these classes.
     */
    private static String childClassPath() {
        if (CrashTrials.class.getClassLoader() instanceof java.net.URLClassLoader loader
                && loader.getURLs().length > 0) {
            StringBuilder path = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    path.append(path.isEmpty() ? "" : java.io.File.pathSeparator)
                            .append(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return path.toString();
        }
        return System.getProperty("java.class.path");
    }

    private Trial check(int acknowledged, long millis) throws Exception {
        try (Workbook workbook = new Workbook(WorkbookFile.open(path))) {
            int lost = 0;
            long lastNote = -1;
            for (String ack : acknowledgedSoFar) {
                String[] words = ack.split(" ");
                UUID id = UUID.fromString(words[1]);
                switch (words[0]) {
                    case "PERSON" -> lost += workbook.people().find(id).isPresent() ? 0 : 1;
                    case "TASK" -> lost += workbook.tasks().find(id)
                            .filter(task -> task.checklist().size() == Integer.parseInt(words[2])).isPresent() ? 0 : 1;
                    default -> lastNote = Math.max(lastNote, Long.parseLong(words[2]));
                }
            }
            String note = workbook.oneOnOnes().find(session).orElseThrow().privateNotes();
            // the note holds the last acknowledged change, or one made after it that was saved but not yet said
            if (Long.parseLong(note.substring("note ".length())) < lastNote) {
                lost++;
            }
            String integrity = workbook.file().read(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                    result.next();
                    return result.getString(1);
                }
            });
            return new Trial(acknowledged, lost, integrity, millis);
        }
    }
}
