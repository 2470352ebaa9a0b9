package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** English word forms made by rule: a verb's third person, past and gerund; the shape of a plural. */
final class WordForms {

    private WordForms() {
    }

    /**
     * Every form of the given verbs: lemma, third person, past, participle and gerund. Each entry is "lemma",
     * "lemma/past" where the past is irregular or doubles a consonant, or "lemma/past/participle".
     */
    static Set<String> verbForms(String... lemmas) {
        Set<String> out = new HashSet<>();
        for (String line : lemmas) {
            String[] head = line.split("/");
            String past = head.length > 1 ? head[1] : regularPast(head[0]);
            out.add(head[0]);
            out.add(thirdPerson(head[0]));
            out.add(past);
            out.add(head.length > 2 ? head[2] : past);
            out.add(gerund(head[0], past));
        }
        return WordSet.copyOf(out);
    }

    /** How many letters two words share at their start: 8 of "Norlandia" and "Norlandic" (a state and its adjective). */
    static int commonStart(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int common = 0;
        while (common < max && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common;
    }

    /**
     * Whether a lower-case word ends like a plural noun or an "-s" verb: "-s" but not "-ss", "-us" or "-is"
     * ("campus", "curious", "crisis" are singular).
     */
    static boolean pluralShape(String lower) {
        return endsInSingleS(lower) && !lower.endsWith("us") && !lower.endsWith("is");
    }

    /**
     * Whether a word ends in one "s", as a plural or a verb's present after a singular subject does ("says", "urges"):
     * "-s" but not "-ss". Wider than {@link #pluralShape}: "campus" and "crisis" pass, as the stages that ask it were
     * measured with.
     */
    static boolean endsInSingleS(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    /** Whether a lower-case word, or the singular of its "-s" plural, is in {@code words}: "ads" for "ad". */
    static boolean inSetOrPlural(Set<String> words, String lower) {
        return words.contains(lower) || pluralShape(lower) && words.contains(lower.substring(0, lower.length() - 1));
    }

    /** A regular plural's singular: "carriers" -> "carrier", "companies" -> "company", "deputies" -> "deputy". */
    static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /**
     * Whether a lower-case word opens with one of the stems ("shouted" with "shout"): a loop, not a stream, as several
     * stages ask it of every cue and a stream's pipeline is a dozen more methods for the compiler.
     */
    static boolean startsWithAny(String lower, Collection<String> stems) {
        for (String stem : stems) {
            if (lower.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    static String thirdPerson(String lemma) {
        if (lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2))) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o")) {
            return lemma + "es";
        }
        return lemma + "s";
    }

    static String regularPast(String lemma) {
        if (lemma.endsWith("e")) {
            return lemma + "d";
        }
        if (lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2))) {
            return lemma.substring(0, lemma.length() - 1) + "ied";
        }
        return lemma + "ed";
    }

    static String gerund(String lemma, String past) {
        // A doubled consonant in the past ("admitted") doubles in the gerund too.
        if (past.endsWith("ed") && past.length() == lemma.length() + 3
                && past.charAt(past.length() - 3) == past.charAt(past.length() - 4)) {
            return past.substring(0, past.length() - 2) + "ing";
        }
        // An irregular past shows nothing, so the lemma's own ending decides: "run" -> "running", "put" -> "putting".
        if (!past.endsWith("ed") && endsShortSyllable(lemma)) {
            return lemma + lemma.charAt(lemma.length() - 1) + "ing";
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }

    /**
     * One vowel letter between consonants at the end ("run", "set", "begin"), as "qu" counts for one consonant
     * ("quit"); "w", "x" and "y" never double ("show", "fix", "pay").
     */
    private static boolean endsShortSyllable(String lemma) {
        int n = lemma.length();
        if (n < 3) {
            return false;
        }
        char last = lemma.charAt(n - 1);
        char vowel = lemma.charAt(n - 2);
        char before = lemma.charAt(n - 3);
        return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(vowel)
                && (!isVowel(before) || before == 'u' && n > 3 && lemma.charAt(n - 4) == 'q');
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
