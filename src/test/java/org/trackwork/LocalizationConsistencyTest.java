package org.trackwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.Column;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.PlanStatus;
import org.trackwork.domain.SearchKind;
import org.trackwork.domain.Severity;
import org.trackwork.domain.StationKind;
import org.trackwork.print.PaperSize;
import org.trackwork.service.BackupFailed;
import org.trackwork.service.TaskFilter;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookGone;
import org.trackwork.ui.board.BoardViewModel;
import org.trackwork.ui.common.SaveState;

/**
 * Holds the message files and the code that uses them together, after JabRef's LocalizationConsistencyCheckTest:
 * every key the code, a refusal or an FXML file names is in its file, no key in a file goes unused, and a text's
 * placeholders match the arguments it is called with wherever the call can be read.
 *
 * <p>Keys built from an enum constant's name ({@code "column." + column.name()}) are enumerated here, in
 * {@link #UI_FAMILIES} and {@link #CLI_FAMILIES}; code that builds keys with a prefix this test does not know fails
 * it, so that a new family of keys is registered rather than unchecked.
 */
class LocalizationConsistencyTest {

    private static final Path JAVA = Path.of("src/main/java/org/trackwork");
    private static final Path RESOURCES = Path.of("src/main/resources/org/trackwork");

    private static final Bundle UI = Bundle.read(RESOURCES.resolve("ui/messages.properties"));
    private static final Bundle REFUSALS = Bundle.read(RESOURCES.resolve("domain/refusals.properties"));
    private static final Bundle CLI = Bundle.read(RESOURCES.resolve("cli/messages.properties"));

    /** The window's code: the UI, the print layouts that take their words from it, and the application. */
    private static final List<Source> UI_CODE = sources(JAVA.resolve("ui"), JAVA.resolve("print"),
            JAVA.resolve("App.java"), JAVA.resolve("MainWindow.java"));
    /** The code below the UI, whose refusals carry keys of refusals.properties. */
    private static final List<Source> DOMAIN_CODE = sources(JAVA.resolve("domain"), JAVA.resolve("service"),
            JAVA.resolve("store"));
    private static final List<Source> CLI_CODE = sources(JAVA.resolve("cli"));

    /** Calls that format a key of the UI's messages: the key, then its arguments. */
    private static final Pattern UI_CALL = Pattern.compile("\\b(?:Messages\\.get|words\\.get|WORDS\\.get)\\(");
    private static final Pattern CLI_CALL = Pattern.compile("\\bword\\(");
    private static final Pattern REFUSAL_CALL = Pattern.compile("\\bnew Refusal\\(");
    /** A field's name handed to a rule of the domain: the last argument of a Require method. */
    private static final Pattern FIELD_NAME = Pattern.compile("\\bRequire\\.\\w+\\([^;]*?,\\s*\"([^\"]+)\"\\)");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");
    private static final Pattern FXML_TEXT =
            Pattern.compile("\\s(?:text|promptText|accessibleText|title)=\"([^\"]*)\"");

    /** Key families of the UI's messages: the prefix the code adds a name to, the names, the arguments passed. */
    private static final List<Family> UI_FAMILIES = List.of(
            Family.of("column.", 0, Column.class),
            Family.of("board.empty.", 1, Column.class),
            Family.of("board.filter.due.", 0, TaskFilter.Due.class),
            Family.of("board.swimlanes.", 0, BoardViewModel.Swimlanes.class),
            Family.of("search.kind.", 0, SearchKind.class),
            Family.of("confidence.", 0, Confidence.class),
            Family.of("severity.", 0, Severity.class),
            Family.of("station.kind.", 0, StationKind.class),
            Family.of("destination.status.", 0, DestinationStatus.class),
            Family.of("devplan.status.", 0, PlanStatus.class),
            Family.of("devplan.goalStatus.", 0, DevelopmentGoalStatus.class),
            Family.of("devplan.actionKind.", 0, ActionKind.class),
            Family.of("print.summary.owner.", 0, ActionOwner.class),
            Family.of("print.paper.", 0, PaperSize.class),
            Family.of("status.save.", 0, SaveState.class),
            Family.of("status.gone.", 1, WorkbookGone.Reason.class),
            Family.of("gone.", 2, WorkbookGone.Reason.class),
            // Reopen is offered for a file replaced or changed, and says which
            new Family("gone.answer.", 0, Stream.concat(
                    names(enumNamed("org.trackwork.ui.shell.ShellViewModel$GoneAnswer")).stream()
                            .filter(name -> !name.equals("REOPEN")),
                    Stream.of("REOPEN.REPLACED", "REOPEN.CHANGED")).toList(), false),
            Family.of("check.answer.", 0, enumNamed("org.trackwork.ui.shell.ShellViewModel$CheckAnswer")),
            Family.of("check.kind.", 1, WorkbookDiagnosis.Kind.class),
            new Family("check.finding.", 3, Stream.concat(names(WorkbookDiagnosis.Reason.class).stream(),
                    Stream.of("POINTS_NOWHERE.optional")).toList(), false),
            // looked up only when there (CheckText.thing): any table may have a name in words
            new Family("check.table.", 0, tables(), true),
            Family.of("failure.backup.", 1, BackupFailed.Why.class),
            Family.of("backup.failed.", 2, BackupFailed.Why.class),
            new Family("workbook.problem.", 3, Stream.concat(names(WorkbookException.Problem.class).stream(),
                    Stream.of("IN_USE.unknown", "JOURNAL_IN_USE.unknown")).toList(), false),
            Family.of("workbook.problem.answer.", 0,
                    enumNamed("org.trackwork.ui.shell.ShellViewModel$RefusedAnswer")));

    private static final List<String> CHECKED_KINDS = List.of("DAMAGE", "STRUCTURE", "DANGLING_LINK");

    private static final List<Family> CLI_FAMILIES = List.of(
            new Family("section.", 0, CHECKED_KINDS, false),
            new Family("fine.", 0, CHECKED_KINDS, false),
            new Family("reason.", 2, Stream.concat(names(WorkbookDiagnosis.Reason.class).stream(),
                    Stream.of("POINTS_NOWHERE.optional", "MISSING.unnamed", "DAMAGED.unreadable")).toList(), false),
            // looked up only when there: a problem without words of its own is said in general
            new Family("notAWorkbook.", 2, names(WorkbookException.Problem.class), true));

    @Test
    void everyKeyTheWindowUsesIsInItsMessages() {
        Set<String> missing = new LinkedHashSet<>();
        for (Source source : UI_CODE) {
            for (Call call : source.calls(UI_CALL)) {
                if (call.built() ? !isFamily(call.key(), UI_FAMILIES) : !UI.has(call.key())) {
                    missing.add(source + ": " + (call.built() ? "unregistered key family " : "") + call.key());
                }
            }
        }
        for (String key : fxmlKeys()) {
            if (!UI.has(key)) {
                missing.add("FXML: %" + key);
            }
        }
        missing.addAll(keyLikeLiteralsNotIn(UI_CODE, UI_FAMILIES, UI, REFUSALS));
        missing.addAll(familyKeysNotIn(UI_FAMILIES, UI));
        assertThat(missing).as("keys used but not in ui/messages.properties").isEmpty();
    }

    @Test
    void everyRefusalAndEveryFieldItNamesHasWords() {
        Set<String> missing = new LinkedHashSet<>();
        // below the UI, a refusal is put in words by refusals.properties alone (the command line has no other)
        for (Source source : DOMAIN_CODE) {
            for (Call call : source.calls(REFUSAL_CALL)) {
                if (!REFUSALS.has(call.key())) {
                    missing.add(source + ": " + call.key());
                }
            }
            for (String field : source.all(FIELD_NAME)) {
                if (!REFUSALS.has(field)) {
                    missing.add(source + ": field " + field);
                }
            }
        }
        // a refusal of the window's own, or a field it names by its label, may have its words in either file
        for (Source source : UI_CODE) {
            for (Call call : source.calls(REFUSAL_CALL)) {
                if (!UI.has(call.key()) && !REFUSALS.has(call.key())) {
                    missing.add(source + ": " + call.key());
                }
            }
            for (String field : source.all(FIELD_NAME)) {
                if (!UI.has(field) && !REFUSALS.has(field)) {
                    missing.add(source + ": field " + field);
                }
            }
        }
        missing.addAll(keyLikeLiteralsNotIn(DOMAIN_CODE, List.of(), REFUSALS));
        assertThat(missing).as("refusal keys without words").isEmpty();
    }

    @Test
    void everyKeyTheCommandLineUsesIsInItsMessages() {
        Set<String> missing = new LinkedHashSet<>();
        for (Source source : CLI_CODE) {
            for (Call call : source.calls(CLI_CALL)) {
                if (call.built() ? !isFamily(call.key(), CLI_FAMILIES) : !CLI.has(call.key())) {
                    missing.add(source + ": " + (call.built() ? "unregistered key family " : "") + call.key());
                }
            }
        }
        missing.addAll(keyLikeLiteralsNotIn(CLI_CODE, CLI_FAMILIES, CLI));
        missing.addAll(familyKeysNotIn(CLI_FAMILIES, CLI));
        assertThat(missing).as("keys used but not in cli/messages.properties").isEmpty();
    }

    @Test
    void noKeyInAMessageFileGoesUnused() {
        Set<String> usedByWindow = new TreeSet<>(literals(UI_CODE));
        usedByWindow.addAll(fxmlKeys());
        // a refusal's key or a field's name may be written in the window's code too
        Set<String> usedByRules = new TreeSet<>(literals(DOMAIN_CODE));
        usedByRules.addAll(literals(UI_CODE));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(unused(UI, usedByWindow, UI_FAMILIES)).as("unused keys of ui/messages.properties")
                    .isEmpty();
            softly.assertThat(unused(REFUSALS, usedByRules, List.of()))
                    .as("unused keys of domain/refusals.properties").isEmpty();
            softly.assertThat(unused(CLI, literals(CLI_CODE), CLI_FAMILIES))
                    .as("unused keys of cli/messages.properties").isEmpty();
        });
    }

    @Test
    void aTextTakesAsManyArgumentsAsItIsCalledWith() {
        List<String> wrong = new ArrayList<>();
        for (Source source : UI_CODE) {
            source.calls(UI_CALL).forEach(call -> wrong.addAll(mismatch(source, call, UI)));
            source.calls(REFUSAL_CALL).forEach(call -> wrong.addAll(mismatch(source, call,
                    UI.has(call.key()) ? UI : REFUSALS)));
        }
        for (Source source : DOMAIN_CODE) {
            source.calls(REFUSAL_CALL).forEach(call -> wrong.addAll(mismatch(source, call, REFUSALS)));
        }
        for (Source source : CLI_CODE) {
            source.calls(CLI_CALL).forEach(call -> wrong.addAll(mismatch(source, call, CLI)));
        }
        // a family's texts take no more arguments than the code passes them
        wrong.addAll(familyMismatches(UI_FAMILIES, UI));
        wrong.addAll(familyMismatches(CLI_FAMILIES, CLI));
        // FXML shows a text as it is, and so does Messages.get without arguments: no placeholder can be filled
        for (String key : fxmlKeys()) {
            if (UI.has(key) && UI.placeholders(key) > 0) {
                wrong.add("FXML %" + key + " has placeholders");
            }
        }
        // a field's name is put into a sentence as it is
        REFUSALS.keys().stream().filter(key -> key.startsWith("field.") && REFUSALS.placeholders(key) > 0)
                .forEach(key -> wrong.add(key + " has placeholders"));
        assertThat(wrong).as("texts whose placeholders do not match their calls").isEmpty();
    }

    @Test
    void everyTextIsAPatternAndWritesNoPlainApostrophe() {
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : List.of(UI, REFUSALS, CLI)) {
            for (String key : bundle.keys()) {
                try {
                    new MessageFormat(bundle.text(key));
                } catch (IllegalArgumentException e) {
                    wrong.add(bundle + " " + key + ": " + e.getMessage());
                }
            }
        }
        // a text without arguments is shown as it is, one with arguments through MessageFormat, which drops a
        // single apostrophe: the window's texts write ’, so both read alike
        for (Bundle bundle : List.of(UI, REFUSALS)) {
            bundle.keys().stream().filter(key -> bundle.text(key).contains("'"))
                    .forEach(key -> wrong.add(bundle + " " + key + " has a plain apostrophe"));
        }
        // the command line formats every text, so its apostrophes are doubled
        CLI.keys().stream().filter(key -> CLI.text(key).replace("''", "").contains("'"))
                .forEach(key -> wrong.add(CLI + " " + key + " has a single plain apostrophe"));
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachKeyIsWrittenOnceAndInOneFileOfTheWindow() {
        assertThat(UI.duplicates()).as("keys written twice in ui/messages.properties").isEmpty();
        assertThat(REFUSALS.duplicates()).as("keys written twice in domain/refusals.properties").isEmpty();
        assertThat(CLI.duplicates()).as("keys written twice in cli/messages.properties").isEmpty();
        // the window looks a refusal up in its own messages first: a key in both would hide the domain's words
        assertThat(UI.keys()).as("keys in both ui/messages.properties and domain/refusals.properties")
                .doesNotContainAnyElementsOf(REFUSALS.keys());
    }

    @Test
    void fxmlShowsNoTextThatIsNotInTheMessages() {
        List<String> literal = new ArrayList<>();
        for (Path fxml : fxmlFiles()) {
            Matcher matcher = FXML_TEXT.matcher(read(fxml));
            while (matcher.find()) {
                String value = matcher.group(1);
                if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("$")) {
                    literal.add(fxml.getFileName() + ": " + value);
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    // --- what the checks are made of

    /** Literals of the code that look like keys of the bundles (their first part is a part some key starts with). */
    private static List<String> keyLikeLiteralsNotIn(List<Source> code, List<Family> families, Bundle... bundles) {
        Set<String> namespaces = Arrays.stream(bundles).flatMap(bundle -> bundle.keys().stream())
                .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> prefixes = families.stream().map(Family::prefix).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Source source : code) {
            for (String literal : source.literals()) {
                if (!KEY_SHAPE.matcher(literal).matches()
                        || !namespaces.contains(literal.substring(0, literal.indexOf('.')))) {
                    continue;
                }
                boolean known = literal.endsWith(".") ? prefixes.contains(literal)
                        : Arrays.stream(bundles).anyMatch(bundle -> bundle.has(literal));
                if (!known) {
                    missing.add(source + ": " + (literal.endsWith(".") ? "unregistered key family " : "")
                            + literal);
                }
            }
        }
        return missing;
    }

    private static boolean isFamily(String prefix, List<Family> families) {
        return families.stream().anyMatch(family -> family.prefix().equals(prefix));
    }

    private static List<String> familyKeysNotIn(List<Family> families, Bundle bundle) {
        return families.stream().filter(family -> !family.optional())
                .flatMap(family -> family.keys().stream())
                .filter(key -> !bundle.has(key)).map(key -> "family key " + key).toList();
    }

    private static List<String> familyMismatches(List<Family> families, Bundle bundle) {
        List<String> wrong = new ArrayList<>();
        for (Family family : families) {
            for (String key : family.keys()) {
                if (bundle.has(key) && bundle.placeholders(key) > family.arguments()) {
                    wrong.add(key + " takes " + bundle.placeholders(key) + " arguments, the code passes "
                            + family.arguments());
                }
            }
        }
        return wrong;
    }

    private static Set<String> unused(Bundle bundle, Set<String> literals, List<Family> families) {
        Set<String> used = new TreeSet<>(literals);
        families.forEach(family -> used.addAll(family.keys()));
        Set<String> unused = new TreeSet<>(bundle.keys());
        unused.removeAll(used);
        return unused;
    }

    private static List<String> mismatch(Source source, Call call, Bundle bundle) {
        if (call.built() || !bundle.has(call.key())) {
            return List.of();
        }
        int wanted = bundle.placeholders(call.key());
        return wanted == call.arguments() ? List.of() : List.of(source + ": " + call.key() + " takes " + wanted
                + " arguments, called with " + call.arguments());
    }

    private static Set<String> literals(List<Source> code) {
        return code.stream().flatMap(source -> source.literals().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fxmlKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path fxml : fxmlFiles()) {
            Matcher matcher = FXML_KEY.matcher(read(fxml));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static List<Path> fxmlFiles() {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("ui"))) {
            return files.filter(path -> path.toString().endsWith(".fxml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables of the workbook, as the migrations make them. */
    private static List<String> tables() {
        Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.sorted().flatMap(file -> create.matcher(read(file)).results().map(m -> m.group(1)))
                    .distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Source> sources(Path... roots) {
        List<Source> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(path -> path.toString().endsWith(".java")).sorted()
                        .forEach(path -> sources.add(new Source(path, codeOf(read(path)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(sources).as("sources under " + Arrays.toString(roots)).isNotEmpty();
        return sources;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumNamed(String name) {
        try {
            return (Class<? extends Enum<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No enum " + name + ": update the key families of this test", e);
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * The source with its comments blanked out (offsets kept), so that a key named in a comment counts for
     * nothing, and its string literals.
     */
    private static String codeOf(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i) + 1;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (; i < end; i++) {
                    if (code.charAt(i) != '\n') {
                        code.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return code.toString();
    }

    /** The index of the quote that closes the literal opening at {@code start}; a text block is one literal. */
    private static int endOfLiteral(CharSequence code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && start + 2 < code.length() && code.charAt(start + 1) == '"'
                && code.charAt(start + 2) == '"') {
            int end = code.toString().indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() - 1 : end + 2;
        }
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** A Java file of the main code, its comments blanked. */
    private record Source(Path path, String code) {

        /** The string literals, each as written between its quotes (no key holds an escape). */
        List<String> literals() {
            List<String> literals = new ArrayList<>();
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = endOfLiteral(code, i);
                    if (c == '"') {
                        literals.add(code.substring(i + 1, Math.min(end, code.length())));
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        /**
         * The calls (their pattern ends at the opening parenthesis) whose key is written in them: a literal, each
         * literal of a choice ({@code added ? "edit.add" : "edit.save"}), or a literal prefix a name is added to.
         * A key held in a variable is not read here; its literal counts where it is written.
         */
        List<Call> calls(Pattern call) {
            List<Call> calls = new ArrayList<>();
            Matcher matcher = call.matcher(code);
            while (matcher.find()) {
                int keyEnd = endOfArgument(matcher.end());
                String key = code.substring(matcher.end(), keyEnd);
                List<String> literals = new Source(path, key).literals();
                if (literals.isEmpty()) {
                    continue;
                }
                int arguments = code.charAt(keyEnd) == ')' ? 0 : argumentsAfter(keyEnd + 1) + 1;
                String outsideLiterals = key.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
                if (outsideLiterals.contains("+")) {
                    calls.add(new Call(literals.get(0), arguments, true));
                } else {
                    literals.forEach(literal -> calls.add(new Call(literal, arguments, false)));
                }
            }
            return calls;
        }

        /** Where the argument starting at {@code from} ends: at a comma or the call's closing parenthesis. */
        private int endOfArgument(int from) {
            int depth = 0;
            for (int i = from; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(code, i);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if ((c == ',' || c == ')') && depth == 0) {
                    return i;
                }
            }
            throw new AssertionError(path + ": a call that does not close");
        }

        List<String> all(Pattern pattern) {
            return pattern.matcher(code).results().map(result -> result.group(1)).toList();
        }

        /** Counts the arguments from {@code from} to the parenthesis that closes the call. */
        private int argumentsAfter(int from) {
            int depth = 0;
            int arguments = 0;
            for (int i = from; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(code, i);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) {
                        return arguments;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    arguments++;
                }
            }
            throw new AssertionError(path + ": a call that does not close");
        }

        @Override
        public String toString() {
            return JAVA.relativize(path).toString();
        }
    }

    /** A call with a literal key, or with a key built from a literal prefix ({@code "column." + name}). */
    private record Call(String key, int arguments, boolean built) {
    }

    /**
     * Keys the code builds as {@code prefix + name}: the names, and how many arguments the code passes. An optional
     * family is looked up only where it has a key, so not every name needs one.
     */
    private record Family(String prefix, int arguments, List<String> names, boolean optional) {

        static Family of(String prefix, int arguments, Class<? extends Enum<?>> type) {
            return new Family(prefix, arguments, LocalizationConsistencyTest.names(type), false);
        }

        List<String> keys() {
            return names.stream().map(name -> prefix + name).toList();
        }
    }

    /** A message file, read as it is written: its keys in order (duplicates included) and their texts. */
    private record Bundle(Path path, List<String> written, Map<String, String> texts) {

        static Bundle read(Path path) {
            List<String> written = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> lines = LocalizationConsistencyTest.read(path).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).stripLeading();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                StringBuilder logical = new StringBuilder(line);
                while (endsInContinuation(logical) && i + 1 < lines.size()) {
                    logical.setLength(logical.length() - 1);
                    logical.append(lines.get(++i).stripLeading());
                }
                Matcher entry = Pattern.compile("([^=:\\s]+)\\s*[=:]?\\s*(.*)").matcher(logical);
                if (entry.matches()) {
                    written.add(entry.group(1));
                    texts.put(entry.group(1), entry.group(2).replace("\\n", "\n"));
                }
            }
            return new Bundle(path, written, texts);
        }

        private static boolean endsInContinuation(CharSequence line) {
            int backslashes = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        boolean has(String key) {
            return texts.containsKey(key);
        }

        Set<String> keys() {
            return texts.keySet();
        }

        String text(String key) {
            return texts.get(key);
        }

        /** How many arguments the text takes: its highest placeholder plus one. */
        int placeholders(String key) {
            return new MessageFormat(text(key)).getFormatsByArgumentIndex().length;
        }

        List<String> duplicates() {
            return written.stream().filter(key -> written.indexOf(key) != written.lastIndexOf(key)).distinct()
                    .toList();
        }

        @Override
        public String toString() {
            return RESOURCES.relativize(path).toString();
        }
    }
}
