package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * "On a grey morning, a man in a suit waits at the rail. He is a funeral director from Pike Harbor. 'She always slows
 * down,' he says": a person the narrator brings in by an indefinite description and never names is the one a later
 * "he" or "she" goes on with, not the last man or woman quoted; part of {@link PronounResolver}. By the conventions such
 * a person speaks as the description: the predicate of a following "He is a <job> ...", else the one he came in by.
 */
final class DescribedStranger {

    /** Prepositions that open a described person's tail ("a woman in a yellow raincoat", "a nurse from Drayfield"). */
    private static final Set<String> TAIL = WordSet.of("in", "with", "from", "of", "at");
    /** Words that may stand between the article and the head: "a tall man", "an elderly retired nurse". */
    private static final int MAX_MODIFIERS = 3;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /**
     * The indices of the sentences that bring a person in ({@link #introduced}), in text order, found when a pronoun
     * first asks: each pronoun's window of sentences was read again for every pronoun (a paragraph of 70,000 "he said").
     */
    private int[] openings;

    DescribedStranger(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * The description of the stranger that pronoun statement {@code a} (of {@code gender}) goes on with, or null: a
     * sentence after the last speaker's ({@code said}, or the window's start) opens, or opens after a fronted phrase and
     * a comma, with "a"/"an" and a person noun, and no person of the pronoun's gender is named outside quotations from
     * there to the pronoun. A description of no gender ("a nurse") needs the pronoun's own "She is a ..." to say it.
     */
    String description(Sentence said, Attribution a, Gender gender) {
        Sentence own = doc.sentenceAt(a.mention.start());
        if (own == null || doc.quoteAt(a.mention.start()) != null) {
            return null;
        }
        int from = Math.max(said == null ? 0 : said.end(), own.start() - ResolutionWindows.PRONOUN_SUBJECT_CHARS);
        int i = firstOpening(Sorted.firstAtLeast(doc.sentences, Sentence::start, from));
        if (i >= doc.sentences.size() || doc.sentences.get(i).start() >= own.start()) {
            return null;
        }
        Sentence s = doc.sentences.get(i);
        int[] span = introduced(doc, lexicon, s);
        String described = doc.text(doc.tokens.get(span[0]).start(), doc.tokens.get(span[1] - 1).end());
        Gender words = Gender.ofTitle(described);
        String job = null;
        for (int j = i + 1; j < doc.sentences.size() && doc.sentences.get(j).start() <= own.start() && job == null; j++) {
            job = predicate(doc, lexicon, doc.sentences.get(j), gender);
        }
        boolean fits = words == null ? job != null : words == gender;
        return fits && !namedSince(doc, lexicon, names, s.start(), own.start(), gender) ? (job != null ? job : described) : null;
    }

    /** The index of the first sentence at or after sentence {@code first} that brings a person in; the count if none. */
    private int firstOpening(int first) {
        if (openings == null) {
            openings = IntStream.range(0, doc.sentences.size())
                    .filter(i -> introduced(doc, lexicon, doc.sentences.get(i)) != null).toArray();
        }
        int k = Arrays.binarySearch(openings, first);
        k = k >= 0 ? k : -k - 1;
        return k < openings.length ? openings[k] : doc.sentences.size();
    }

    /** The tokens [first, end) of "a"/"an", modifiers, a person noun and its prepositional tail opening sentence {@code s}. */
    private static int[] introduced(AnnotatedDocument doc, Lexicon lexicon, Sentence s) {
        List<Token> t = doc.tokens;
        int k = s.firstToken();
        if (k < s.endToken() && !t.get(k).is("a") && !t.get(k).is("an")) {
            // "On a gray morning in July, a man in a suit waits": past one fronted phrase and its comma.
            int comma = k;
            while (comma < s.endToken() && !t.get(comma).is(",") && comma - k <= ResolutionWindows.OPENING_DESCRIPTION_TOKENS) {
                comma++;
            }
            k = comma + 1;
        }
        // "'I called and called. A sister knows,' she said": a speaker's generic noun brings no one in; only the narrator does.
        if (k >= s.endToken() || !t.get(k).is("a") && !t.get(k).is("an") || doc.quoteAt(t.get(k).start()) != null) {
            return null;
        }
        int head = k + 1;
        while (head < s.endToken() && head - k <= MAX_MODIFIERS && !personHead(lexicon, t.get(head))) {
            head++;
        }
        if (head >= s.endToken() || !personHead(lexicon, t.get(head))) {
            return null;
        }
        return new int[] {k, tail(t, head + 1, s.endToken())};
    }

    private static boolean personHead(Lexicon lexicon, Token w) {
        return w.isLowerWord() && (lexicon.isPersonNoun(w.lower()) || Gender.ofWord(w.lower()) != null);
    }

    /**
     * The end of a prepositional tail from token {@code k}: "in a yellow raincoat" up to the verb that follows it
     * ("waits", "stood"), read as the first word ending in "s" or "ed" after the tail's article; {@code k} itself if none.
     */
    private static int tail(List<Token> t, int k, int end) {
        if (k + 2 >= end || !TAIL.contains(t.get(k).lower())) {
            return k;
        }
        for (int j = k + 2; j < end && j - k <= MAX_MODIFIERS + 2; j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                return j;
            }
            if (w.lower().endsWith("s") || w.lower().endsWith("ed")) {
                return j;
            }
        }
        return k;
    }

    /**
     * "He is a funeral director from Pike Harbor, on his way to ...": the description after "<pronoun> is a" or "was a",
     * up to the first comma or the sentence's end, when a person noun heads it; else null.
     */
    private static String predicate(AnnotatedDocument doc, Lexicon lexicon, Sentence s, Gender gender) {
        List<Token> t = doc.tokens;
        int k = s.firstToken();
        if (k + 3 >= s.endToken() || Gender.ofWord(t.get(k).lower()) != gender || !FunctionWords.PERSON_PRONOUNS.contains(t.get(k).lower())
                || !t.get(k + 1).is("is") && !t.get(k + 1).is("was") || !t.get(k + 2).is("a") && !t.get(k + 2).is("an")) {
            return null;
        }
        int end = k + 3;
        boolean person = false;
        while (end < s.endToken() && t.get(end).isWord() && !TAIL.contains(t.get(end).lower())) {
            person = lexicon.isPersonNoun(t.get(end).lower());
            end++;
        }
        if (!person) {
            return null;
        }
        while (end < s.endToken() && !t.get(end).is(",") && !t.get(end).is(".") && !t.get(end).is(";")) {
            end++;
        }
        return doc.text(t.get(k + 2).start(), t.get(end - 1).end());
    }

    /** Whether a person who may be of {@code gender} is named outside quotations between the offsets. */
    private static boolean namedSince(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, int from, int to, Gender gender) {
        for (Name n : Name.peopleOutsideQuotations(doc, from, to)) {
            Gender given = names.gender(names.expand(n.text(), SpeakerKind.PERSON, n.offset()));
            // "a funeral director from Pike Harbor": a name of no known gender in passing is no one the text turned to.
            if (given == gender || given == null && !NamedRoles.inPassing(NamedRoles.Place.of(doc, n.offset()), lexicon)) {
                return true;
            }
        }
        return false;
    }
}
