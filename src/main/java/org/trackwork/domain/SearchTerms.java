package org.trackwork.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed into a search, as words: runs of letters and digits (with the marks that belong to letters),
 * everything else between them, quotes and operators included, only separating them. The last word counts as the
 * beginning of a word (a prefix) unless the text ends between words, as after a space, or it is a single character:
 * nearly every word begins with one letter or another, which would find everything and rank nothing. Only the first
 * {@link #MOST_CHARACTERS} characters are read and at most {@link #MOST_WORDS} words kept, each of at most
 * {@link #LONGEST_WORD} characters, so a pasted file costs no more than a line.
 *
 * @param words          the words, in the order typed; empty when nothing searchable was typed
 * @param lastIsPrefix   true when the last word may be the beginning of a longer one
 */
public record SearchTerms(List<String> words, boolean lastIsPrefix) {

    public static final int MOST_CHARACTERS = 1_000;
    public static final int MOST_WORDS = 16;
    public static final int LONGEST_WORD = 64;

    public SearchTerms {
        words = List.copyOf(words);
        for (String word : words) {
            if (word.isEmpty() || word.length() > LONGEST_WORD
                    || word.codePoints().noneMatch(Character::isLetterOrDigit)
                    || word.codePoints().anyMatch(c -> !partOfAWord(c))) {
                throw new IllegalArgumentException("Not a search word: " + word.length() + " characters");
            }
        }
        if (words.size() > MOST_WORDS) {
            throw new IllegalArgumentException("More than " + MOST_WORDS + " search words");
        }
        lastIsPrefix = lastIsPrefix && !words.isEmpty();
    }

    /** The words of a typed text; never fails, whatever was typed. */
    public static SearchTerms of(String typed) {
        if (typed == null) {
            return new SearchTerms(List.of(), false);
        }
        boolean cut = typed.length() > MOST_CHARACTERS;
        String text = cut ? typed.substring(0, MOST_CHARACTERS) : typed;
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && words.size() < MOST_WORDS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (partOfAWord(c)) {
                word.appendCodePoint(c);
            } else {
                addWord(words, word);
            }
        }
        // a text cut short may end in the middle of a word
        boolean endsInAWord = cut || word.length() > 0;
        addWord(words, word);
        boolean prefix = endsInAWord && !words.isEmpty()
                && words.get(words.size() - 1).codePointCount(0, words.get(words.size() - 1).length()) > 1;
        return new SearchTerms(words, prefix);
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (word.length() > 0 && words.size() < MOST_WORDS
                && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
            String text = word.toString();
            if (text.length() > LONGEST_WORD) {
                int end = LONGEST_WORD;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                text = text.substring(0, end);
            }
            words.add(text);
        }
        word.setLength(0);
    }

    /** Letters, digits and other numbers, the marks that combine with letters, and private-use characters. */
    private static boolean partOfAWord(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || type == Character.PRIVATE_USE;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
