package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** The grammatical gender a name, title or pronoun shows, for matching "he" and "she" to a person. */
enum Gender {
    FEMALE, MALE;

    private static final Set<String> FEMALE_WORDS = WordSet.of("ms", "mrs", "miss", "madam", "madame", "she", "her",
            "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "ombudswoman", "councilwoman", "queen",
            "princess", "actress", "duchess", "countess", "empress", "baroness", "lady", "dame", "mother", "wife",
            "daughter", "sister", "grandmother", "widow", "girl", "woman", "sportswoman", "granddaughter", "niece", "aunt",
            "fiancée", "stepmother", "stepdaughter");
    private static final Set<String> MALE_WORDS = WordSet.of("mr", "sir", "he", "him", "spokesman", "congressman",
            "chairman", "businessman", "ombudsman", "councilman", "king", "prince", "actor", "duke", "count",
            "emperor", "baron", "lord", "father", "husband", "son", "brother", "grandfather", "widower", "boy", "man",
            "sportsman", "grandson", "nephew", "uncle", "fiancé", "stepfather", "stepson");
    /**
     * Men's first names that are titles too: before two more name words ("Dean Maelis Okoro", "Warden Ada Lind") the
     * title, while "Dean Baker" stays a man.
     */
    private static final Set<String> TITLE_NAMES = WordSet.of("dean", "warden", "marshal", "major");
    /** Russian and other Slavic surnames mark gender in their ending: "Zakharova", "Lavrov", "Lvova-Belova". */
    private static final List<String> FEMALE_SURNAME_ENDINGS = List.of("ova", "eva", "yova", "skaya", "ska");
    private static final List<String> MALE_SURNAME_ENDINGS = List.of("ov", "ev", "yov", "sky", "skiy", "skii", "ski");

    /** The gender a word shows by itself: an honorific, a gendered title or a pronoun; null if none. */
    static Gender ofWord(String lower) {
        return FEMALE_WORDS.contains(lower) ? FEMALE : MALE_WORDS.contains(lower) ? MALE : null;
    }

    /** The gender an honorific or gendered word in the text shows ("Mrs. Holm", "the spokeswoman"); null if none. */
    static Gender ofTitle(String text) {
        return ofTitle(Name.wordsWithTitles(text));
    }

    private static Gender ofTitle(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (k + 1 < words.size() && FunctionWords.POSSESSIVES.contains(w)) {
                // "her spokesman, Tor Wennick": the possessor's gender, not the speaker's.
                continue;
            }
            Gender g = ofWord(w);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The gender the honorific opening a name shows ("Mrs. Holm"); null if none. Cheap: no split, no regex. */
    static Gender ofHonorific(String name) {
        int end = 0;
        while (end < name.length() && Character.isLetter(name.charAt(end))) {
            end++;
        }
        return end == name.length() || end > 6 ? null : ofWord(name.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The gender a mention or name shows: a gendered word in it ("Ms. Rivera", "the spokeswoman"), its first
     * name, or a Slavic surname ending; null if it shows none.
     */
    static Gender of(String text, Lexicon lexicon) {
        // One split for both tests: every pronoun within reach asks this of each name.
        List<String> words = Name.wordsWithTitles(text);
        Gender titled = ofTitle(words);
        return titled != null ? titled : ofNameWords(words, lexicon);
    }

    /**
     * The gender a person's name shows by its first name or surname ending, which a document's pronouns may
     * contradict ("Lindsey" is mostly a woman's name). A word with no other after it is a surname, not a
     * first name: "Christie said he" is Chris Christie, "Warren said she" Elizabeth Warren. A title before the name
     * is no first name though a list has it: "Mayor Beatrisse Holm" shows no gender ("mayor" is a man's first name).
     */
    private static Gender ofNameWords(List<String> words, Lexicon lexicon) {
        for (int k = 0; k < words.size() - 1; k++) {
            String w = words.get(k);
            boolean title = lexicon.isRoleWord(w) || FunctionWords.DETERMINERS.contains(w)
                    || k == 0 && words.size() >= 3 && TITLE_NAMES.contains(w);
            Gender g = title ? null : lexicon.genderOfFirstName(w);
            if (g != null) {
                return g;
            }
            if (!title) {
                // Only the first word that is no title may be a first name.
                break;
            }
        }
        if (words.size() >= 2) {
            String surname = Name.lastWord(words);
            for (String e : FEMALE_SURNAME_ENDINGS) {
                if (surname.endsWith(e) && surname.length() > e.length() + 2) {
                    return FEMALE;
                }
            }
            for (String e : MALE_SURNAME_ENDINGS) {
                if (surname.endsWith(e) && surname.length() > e.length() + 2) {
                    return MALE;
                }
            }
        }
        return null;
    }

    boolean fits(Gender other) {
        return other == null || other == this;
    }
}
