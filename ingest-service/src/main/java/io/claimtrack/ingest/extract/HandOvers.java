package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chair's sentence that only runs the session: handing the floor on ("Questions, please.", "Harbour master, you're
 * next.", "Ilse, your turn."), calling a named speaker to a topic ("Brand, the dredging."), or giving the order of
 * speaking ("The Minister will speak first, then we will take questions."), or where its slides will be found. None
 * asserts anything; "Brand, the dredging
 * is late." and "The Minister will speak first because the budget is late." do.
 */
final class HandOvers {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What hands the floor on after an address, or alone. */
    private static final Set<String> FLOOR = Set.of("you're next", "you are next", "your turn", "over to you", "go ahead",
            "please go ahead", "the floor is yours", "you have the floor", "please", "you may begin", "you may proceed",
            "you may continue", "please begin", "please proceed", "please continue");
    /** A limit the floor is given with: "Please, but briefly.", "Go ahead, briefly.". */
    private static final List<String> BRIEFLY = List.of(", but briefly", ", briefly", ", but be brief");
    /** The longest address before the comma: "Harbour master", "Deputy Mayor Lind". */
    private static final int ADDRESS_WORDS = 3;
    /** The longest sentence giving the order of speaking. */
    private static final int ORDER_WORDS = 16;
    /** A clause that gives a reason or a report, not only the order of speaking. */
    private static final Set<String> CLAUSE_LINKS = WordSet.of("that", "which", "who", "because", "since", "although");

    /** What a hand-over says will be answered, and the word before "answer" that hands it on ("to answer", "will answer"). */
    private static final Set<String> ANSWERED = WordSet.of("that", "this", "it");
    private static final Set<String> HANDING = WordSet.of("to", "will", "can", "shall");
    /** What opens the reason a hand-over may give after its comma: ", since it was his proposal". */
    private static final Set<String> REASONS = WordSet.of("since", "because", "as");

    /** What opens an announced question, and how it stands among the rest: "a question", "one more", "the last question". */
    private static final Set<String> ANNOUNCING = WordSet.of("a", "one", "another", "the", "two", "three");
    private static final Set<String> LEFT = WordSet.of("more", "last", "final", "further");

    private static final Set<String> TAKE = WordSet.of("take", "taking");
    /** How a question handed to a colleague opens after the address: "do you", "could you". */
    private static final Set<String> ASKING = WordSet.of("do", "would", "could", "can", "will");
    /** "do you want to add", "would you like to say". */
    private static final Set<String> WISHING = WordSet.of("want", "like", "wish", "care");
    /** What the colleague is asked to do: add to the answer, speak to it. */
    private static final Set<String> ADDING = WordSet.of("add", "say", "speak", "comment", "explain", "talk", "answer");
    private static final Set<String> SPEAK = WordSet.of("speak", "speaks", "speaking");

    /** A session's own materials, and where they are put afterwards. */
    private static final Set<String> MATERIALS = WordSet.of("slides", "presentation", "recording", "transcript", "video",
            "handouts", "materials");
    private static final Set<String> POSTED = WordSet.of("website", "online", "available", "posted", "circulated",
            "shared", "uploaded");

    /** An opening statement offered in another's place: "The Deputy has a short one.", "Dr Marr will make a brief statement.". */
    private static final Set<String> OFFERING = WordSet.of("has", "have", "make", "give", "read");
    private static final Set<String> OFFER_AUXILIARIES = WordSet.of("will", "would", "like", "to", "can", "shall");
    private static final Set<String> OPENING = WordSet.of("short", "brief", "opening", "one", "statement");
    /** The longest "I am happy to take that question on notice". */
    private static final int NOTICE_WORDS = 9;

    private HandOvers() {
    }

    /** Whether the sentence's tokens {@code [from, to)} only run the session. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        while (to > from && !doc.tokens.get(to - 1).isWord()) {
            to--;
        }
        if (to <= from) {
            return false;
        }
        int comma = addressEnd(doc, from, to);
        String rest = words(doc, comma < 0 ? from : comma + 1, to);
        // "Please, but briefly.": the whole sentence when its first word read as an address.
        return FLOOR.contains(withoutLimit(rest)) || FLOOR.contains(withoutLimit(words(doc, from, to)))
                || comma > 0 && namedAddress(doc, from) && AgendaMoves.topic(doc, comma + 1, to)
                || orderOfSpeaking(doc, from, to) || materialsPosted(doc, from, to) || answerHandedOn(doc, from, to)
                || callsNext(doc, from, to) || announcesQuestion(doc, from, to) || openingOffered(doc, from, to)
                || takenOnNotice(doc, from, to) || TopicHandOvers.only(doc, from, to);
    }

    /**
     * "The Deputy Secretary has a short one.", "Dr Ilse Marr will make a brief opening statement.": the opening statement a
     * witness or minister leaves to another, by title or name; "The Secretary has a short temper" is no statement offered.
     */
    private static boolean openingOffered(AnnotatedDocument doc, int from, int to) {
        int k = doc.tokens.get(from).is("the") ? from + 1 : from;
        int named = k;
        while (k < to && doc.tokens.get(k).isCapitalized() && k - named <= ADDRESS_WORDS) {
            k++;
        }
        while (k < to && OFFER_AUXILIARIES.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        if (k == named || k + 2 >= to || !OFFERING.contains(doc.tokens.get(k).lower()) || !doc.tokens.get(k + 1).is("a")
                && !doc.tokens.get(k + 1).is("an")) {
            return false;
        }
        for (int w = k + 2; w < to; w++) {
            if (!OPENING.contains(doc.tokens.get(w).lower())) {
                return false;
            }
        }
        return doc.tokens.get(to - 1).is("one") || doc.tokens.get(to - 1).is("statement");
    }

    /** "We will take that on notice.", "I'll take the question on notice.": an answer put off, none given. */
    private static boolean takenOnNotice(AnnotatedDocument doc, int from, int to) {
        if (to - from < 4 || !FunctionWords.FIRST_PERSON_SUBJECTS.contains(doc.tokens.get(from).lower()) || !doc.tokens.get(to - 2).is("on")
                || !doc.tokens.get(to - 1).is("notice")) {
            return false;
        }
        String words = words(doc, from, to);
        return words.contains(" take ") && words.split(" ").length <= NOTICE_WORDS && !words.contains(" because ")
                && !words.contains(" but ");
    }

    /**
     * "A question from the Faculty of Arts.", "One more question.", "We have time for one more.": a moderator
     * announcing the next question or how many are left; "A question from the floor was never answered." reports.
     */
    private static boolean announcesQuestion(AnnotatedDocument doc, int from, int to) {
        boolean timed = to - from > 4 && words(doc, from, from + 4).equals("we have time for");
        int k = timed ? from + 4 : from;
        if (k >= to || !ANNOUNCING.contains(doc.tokens.get(k).lower())) {
            return false;
        }
        k++;
        boolean left = k < to && LEFT.contains(doc.tokens.get(k).lower());
        k += left ? 1 : 0;
        boolean noun = k < to && EmptyTurns.QUESTION_NOUNS.contains(WordForms.singular(doc.tokens.get(k).lower()));
        k += noun ? 1 : 0;
        // "One more." is a question only with the time left for it.
        if (!noun && !(timed && left)) {
            return false;
        }
        return k == to || doc.tokens.get(k).is("from") && AgendaMoves.topic(doc, k + 1, to);
    }

    /**
     * "Sana." over "Sana, Faculty of Law: ...": a moderator's sentence that is only the name the next turn's label
     * opens with calls that speaker; "Tovar." over a turn of someone else's names a place or a topic.
     */
    private static boolean callsNext(AnnotatedDocument doc, int from, int to) {
        Sentence s = doc.sentenceAt(doc.tokens.get(from).start());
        if (s == null || s.block() + 1 >= doc.blocks.size() || to - from > ADDRESS_WORDS) {
            return false;
        }
        String name = doc.text(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end());
        Block next = doc.block(s.block() + 1);
        int after = next.start() + name.length();
        return doc.tokens.get(from).isCapitalized() && after < next.end()
                && doc.text.startsWith(name, next.start()) && ",:".indexOf(doc.text.charAt(after)) >= 0;
    }

    /** "please, but briefly" is the floor given as "please" is. */
    private static String withoutLimit(String words) {
        for (String limit : BRIEFLY) {
            if (words.endsWith(limit)) {
                return words.substring(0, words.length() - limit.length());
            }
        }
        return words;
    }

    /**
     * "I will ask Ada Berg, who runs the programme, to answer that.", "I will ask the Director of Ports to answer that,
     * since it was his plan.", "Ada Berg will answer this.": the question handed to a person named or titled in the
     * sentence, with or without a reason after it; "Ada Berg could not answer that." reports and stays.
     */
    static boolean answerHandedOn(AnnotatedDocument doc, int from, int to) {
        while (to > from && !doc.tokens.get(to - 1).isWord()) {
            to--;
        }
        return handedOn(doc, from, to) || handedOn(doc, from, beforeReason(doc, from, to));
    }

    /** Whether tokens {@code [from, to)}, ending in a word, hand the question on ({@link #answerHandedOn}). */
    private static boolean handedOn(AnnotatedDocument doc, int from, int to) {
        if (to - from < 4 || !ANSWERED.contains(doc.tokens.get(to - 1).lower()) || !doc.tokens.get(to - 2).is("answer")
                || !HANDING.contains(doc.tokens.get(to - 3).lower()) || words(doc, from, to).split(" ").length > ORDER_WORDS) {
            return false;
        }
        List<Name> names = doc.names;
        int n = Sorted.firstAtLeast(names, Name::offset, doc.tokens.get(from).start());
        return n < names.size() && names.get(n).offset() < doc.tokens.get(to - 3).start() && names.get(n).kind() == SpeakerKind.PERSON
                || titled(doc, from, to - 3);
    }

    /**
     * "I'll ask the Director to answer that, since it was her plan": the comma before a reason given for handing the
     * question on, the hand-over ending there; {@code to} if none within {@link #ORDER_WORDS} tokens.
     */
    private static int beforeReason(AnnotatedDocument doc, int from, int to) {
        for (int k = from + 1; k + 1 < to && k - from <= ORDER_WORDS; k++) {
            if (doc.tokens.get(k).is(",") && REASONS.contains(doc.tokens.get(k + 1).lower())) {
                return k;
            }
        }
        return to;
    }

    /**
     * "Rune, do you want to add something on the river?", "Ilse, could you say something about the repair schedule?":
     * a question that only hands the floor to a colleague the text names, closing an answer; the answer before it
     * stays its speaker's. The sentence's tokens {@code [from, to)}; "Rune, do you accept the figures?" asks.
     */
    static boolean questionHandedOn(AnnotatedDocument doc, int from, int to) {
        int comma = addressEnd(doc, from, to);
        if (comma < 0 || !namedAddress(doc, from) || comma + 3 >= to || !ASKING.contains(doc.tokens.get(comma + 1).lower())
                || !doc.tokens.get(comma + 2).is("you")) {
            return false;
        }
        int k = comma + 3;
        if (WISHING.contains(doc.tokens.get(k).lower())) {
            k = k + 1 < to && doc.tokens.get(k + 1).is("to") ? k + 2 : k + 1;
        }
        return k < to && ADDING.contains(doc.tokens.get(k).lower());
    }

    /** Whether a role's title stands among tokens {@code [from, to)}: "the Chief Executive of National Railways". */
    private static boolean titled(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.get().roles.contains(doc.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The comma after a short address opening the sentence ("Ilse,", "Harbour master,", "Ms. Holm,"), or -1. */
    static int addressEnd(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to && k - from <= ADDRESS_WORDS; k++) {
            Token t = doc.tokens.get(k);
            if (t.is(",")) {
                return k > from ? k : -1;
            }
            boolean titlePoint = k == from + 1 && t.is(".") && RoleAndName.HONORIFICS.contains(doc.tokens.get(from).lower());
            if (!t.isWord() && !titlePoint || FunctionWords.NP_BREAKERS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** "Brand, the dredging.": the address is a name the text gives, not "Yes, the dredging." */
    private static boolean namedAddress(AnnotatedDocument doc, int first) {
        int offset = doc.tokens.get(first).start();
        return Name.startingAt(doc.names, offset) != null;
    }

    /** "The Minister will speak first, then we will take questions.": who speaks when, and nothing else. */
    private static boolean orderOfSpeaking(AnnotatedDocument doc, int from, int to) {
        boolean order = false;
        int words = 0;
        for (int k = from; k < to; k++) {
            String w = doc.tokens.get(k).lower();
            if (CLAUSE_LINKS.contains(w) || doc.tokens.get(k).isWord() && ++words > ORDER_WORDS) {
                return false;
            }
            String before = k > from ? doc.tokens.get(k - 1).lower() : "";
            // "take questions", "take your questions", "speak first"
            order |= w.equals("questions") && (TAKE.contains(before) || k - 2 >= from && TAKE.contains(doc.tokens.get(k - 2).lower()))
                    || w.equals("first") && SPEAK.contains(before);
        }
        return order;
    }

    /** "The slides will be on the website this afternoon.": where the session's own materials will be found. */
    private static boolean materialsPosted(AnnotatedDocument doc, int from, int to) {
        if (to - from < 2 || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(from).lower())
                || !MATERIALS.contains(doc.tokens.get(from + 1).lower())) {
            return false;
        }
        boolean posted = false;
        int words = 0;
        for (int k = from + 2; k < to; k++) {
            String w = doc.tokens.get(k).lower();
            if (CLAUSE_LINKS.contains(w) || doc.tokens.get(k).isWord() && ++words > ORDER_WORDS) {
                return false;
            }
            posted |= POSTED.contains(w);
        }
        return posted;
    }

    private static String words(AnnotatedDocument doc, int from, int to) {
        if (from >= to) {
            return "";
        }
        String words = doc.text.substring(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end())
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        // Compiled once: String.replaceAll compiles its pattern on every call, and a turn's sentences each call this.
        return SPACES.matcher(words).replaceAll(" ");
    }
}
