package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The Governor has signed an order closing the beaches. The order requires ...": who made a document read again
 * by its head word alone, from an earlier sentence whose subject signed, issued or published it as its own, said something
 * "in its ruling", or "wrote to" someone before "The letter". One per document; {@link DocumentMaker} asks it when no
 * maker is named with the document.
 */
final class DocumentSigners {

    /**
     * Verbs whose subject makes the document that follows them: "has signed a decree", "issued an order", "presented
     * her annual report" (one presents what one's office wrote; a report by another names its maker with it).
     */
    private static final Set<String> SIGNING = WordSet.of("signed", "issued", "signs", "issues", "presented", "presents");
    /** Verbs whose subject files the grievance that follows them: "lodged a written objection", "filed a petition". */
    private static final Set<String> FILING = WordSet.of("lodged", "lodges", "filed", "files");
    /**
     * What one files as one's own grievance; a lawsuit is often filed by counsel for clients and a notice because the law
     * requires it ("The company filed a notice of the layoffs. The notice says" keeps the notice's words).
     */
    private static final Set<String> GRIEVANCES = WordSet.of("objection", "petition", "complaint");
    /**
     * Verbs whose subject makes the document only when it is the subject's own: "today published its report", "released
     * their findings", "tabled her annual report"; "The Gazette published the report" may print another's, and a minister
     * may table a report another wrote.
     */
    private static final Set<String> PUBLISHING_OWN = WordSet.of("published", "publishes", "released", "releases", "tabled",
            "tables");
    /** Verbs whose subject speaks through the document after "in" and a possessive: "said in its ruling that". */
    static final Set<String> SAYING_IN = WordSet.of("said", "says", "wrote", "writes", "stated", "states", "found",
            "finds", "concluded");
    /** "In a letter dated May 2, X told the owner that": one tells what the letter says. */
    private static final Set<String> TELLING = WordSet.of("told", "tells");
    /** Verbs whose subject writes the letter read next: "wrote to the Council. The letter stated". */
    private static final Set<String> WRITING_TO = WordSet.of("wrote", "writes");
    /** Words that open a clause whose subject follows them: "..., when the tenant wrote to the Council". */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("when", "after", "because", "before");
    /**
     * What a report's own work is called when read again: "released her report ... The investigation found that:" is
     * the report's finding, so the one who made the report speaks for it.
     */
    private static final Set<String> INQUIRIES = WordSet.of("investigation", "inquiry");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final MakerPhrases phrases;

    DocumentSigners(AnnotatedDocument doc, Lexicon lexicon, MakerPhrases phrases) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.tokens = doc.tokens;
        this.phrases = phrases;
    }

    /**
     * "The Governor has signed an order closing the beaches. The order requires ...": the subject of an earlier
     * sentence whose verb signs or issues a document of head {@code word} speaks through "the order", as does one who
     * "said in its ruling that" ("according to the ruling") or "wrote to" someone ("The letter stated"); the sentences
     * read are bounded by {@link ResolutionWindows#TITLED_NAME_CHARS} before {@code own}. Null if none.
     */
    Mention signer(String word, Sentence own) {
        int from = Sorted.firstAtLeast(doc.sentences, Sentence::start, own.start());
        for (int i = from - 1; i >= 0 && own.start() - doc.sentences.get(i).start() < ResolutionWindows.TITLED_NAME_CHARS; i--) {
            Sentence s = doc.sentences.get(i);
            Mention fronted = frontedWriter(word, s);
            if (fronted != null) {
                return fronted;
            }
            for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
                String verb = tokens.get(k).lower();
                String determiner = tokens.get(k + 1).lower();
                if ((SIGNING.contains(verb) && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(determiner)
                        || PUBLISHING_OWN.contains(verb) && FunctionWords.POSSESSIVES.contains(determiner)
                        || FILING.contains(verb) && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(determiner) && GRIEVANCES.contains(word))
                        && madeAs(word, lexicon.headKey(modifiedHead(k + 2, s.endToken()).lower()))
                        || SIGNING.contains(verb) && tokens.get(k + 1).isCapitalized() && madeAs(word, lexicon.headKey(determiner))) {
                    // "signed Decree No. 88": the document by its own name, its head first.
                    int first = pastDateline(s.firstToken(), k);
                    return subject(first, verbOpening(k, first));
                }
                if (spokeThrough(word, k, s)) {
                    return writer(s.firstToken(), k);
                }
            }
        }
        return null;
    }

    /**
     * Whether the verb at {@code k} says something through "the {@code word}": "said in its ruling", "wrote to" for a
     * letter, or a past verb whose object comes before it: "confirmed the dismissal in a letter to families".
     */
    private boolean spokeThrough(String word, int k, Sentence s) {
        String verb = tokens.get(k).lower();
        if (WRITING_TO.contains(verb) && tokens.get(k + 1).is("to")) {
            return word.equals("letter");
        }
        if (SAYING_IN.contains(verb) && inDocument(word, k + 1, s)) {
            return true;
        }
        if (!PhraseShapes.pastForm(tokens.get(k), lexicon) || lexicon.cuesStartingWith(verb).isEmpty()) {
            return false;
        }
        for (int j = k + 2; j + 2 < s.endToken() && j - k <= Windows.PHRASE_TOKENS && !tokens.get(j).is(","); j++) {
            if (inDocument(word, j, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "in" at {@code k} opens "a" or a possessive and a document of head {@code word}: "in a letter", "in its ruling". */
    private boolean inDocument(String word, int k, Sentence s) {
        return tokens.get(k).is("in") && k + 2 < s.endToken()
                && (FunctionWords.POSSESSIVES.contains(tokens.get(k + 1).lower()) || FunctionWords.INDEFINITE_ARTICLES.contains(tokens.get(k + 1).lower()))
                && word.equals(lexicon.headKey(modifiedHead(k + 2, s.endToken()).lower()));
    }

    /**
     * "In its weekly bulletin, the institute said ...", "In a letter dated Jan. 8, the town's clerk, X, told the owner
     * ...": the subject after a fronted "In" + possessive or article + the document of head {@code word} and a comma,
     * before a saying verb within {@link Windows#PHRASE_TOKENS}; an indefinite one's date or addressee may stand before
     * its comma ("In a statement, X said" has its own reading, which names the maker in full). Null if none.
     */
    private Mention frontedWriter(String word, Sentence s) {
        int first = s.firstToken();
        int end = s.endToken();
        String determiner = first + 3 < end && tokens.get(first).is("in") ? tokens.get(first + 1).lower() : "";
        boolean own = FunctionWords.POSSESSIVES.contains(determiner);
        if (!own && !FunctionWords.INDEFINITE_ARTICLES.contains(determiner)) {
            return null;
        }
        int head = modifiedHeadAt(first + 2, end);
        if (!word.equals(lexicon.headKey(tokens.get(head).lower()))) {
            return null;
        }
        int comma = head + 1;
        while (!own && comma < end && comma - head <= Windows.PHRASE_TOKENS && !tokens.get(comma).is(",")) {
            comma++;
        }
        if (comma + 1 >= end || !tokens.get(comma).is(",")) {
            return null;
        }
        for (int k = comma + 2; k < end && k - comma <= Windows.PHRASE_TOKENS; k++) {
            if (SAYING_IN.contains(tokens.get(k).lower()) || !own && TELLING.contains(tokens.get(k).lower())) {
                return writer(comma + 1, k);
            }
        }
        return null;
    }

    /**
     * Who spoke through a document: the subject of the verb at {@code verb}, from the sentence's opening or after
     * "when", "after" ...; any person or body, as one who writes a letter needs no office. Null if none.
     */
    private Mention writer(int first, int verb) {
        int from = first;
        for (int k = verb - 1; k > first && from == first; k--) {
            from = CLAUSE_OPENERS.contains(tokens.get(k).lower()) ? k + 1 : first;
        }
        Mention m = phrases.phrase(from, verb, true);
        int end = m == null ? -1 : doc.tokenAtOrAfter(m.end());
        if (m != null && end + 2 < verb && tokens.get(end).is(",") && tokens.get(verb - 1).is(",")) {
            // "the town's clerk, Ada Lund, told": the description with the name set off after it.
            Mention named = phrases.phrase(end + 1, verb - 1, true);
            m = named != null && named.hasName() && doc.tokenAtOrAfter(named.end()) == verb - 1
                    ? doc.mentions.build(from, verb - 1) : m;
            end = m == null ? -1 : doc.tokenAtOrAfter(m.end());
            end = end == verb - 1 ? verb : end;
        }
        return m != null && end == verb && !m.isPronoun()
                && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION) ? m : null;
    }

    /** Whether "the {@code word}" reads again a document signed with head {@code signed}: the same head, or its inquiry. */
    private static boolean madeAs(String word, String signed) {
        return word.equals(signed) || INQUIRIES.contains(word) && signed.equals("report");
    }

    /**
     * Where the subject opens past a release's dateline, a place and a date before a dash: "Harwick, 3 May 2035 -
     * Ombudsman Ada Lind today released her report", or a place in capitals: "HARWICK - Ombudsman Ada Lind ..."; {@code
     * first} if there is none before {@code verb}.
     */
    private int pastDateline(int first, int verb) {
        int place = Datelines.afterDateline(tokens, first, verb);
        if (place > first) {
            return place;
        }
        for (int dash = first + 1; dash < verb; dash++) {
            if (Asides.isDash(tokens.get(dash))) {
                for (int comma = dash - 1; comma > first; comma--) {
                    if (tokens.get(comma).is(",")) {
                        return Datelines.dateOnly(tokens, comma + 1, dash) ? dash + 1 : first;
                    }
                }
                return first;
            }
        }
        return first;
    }

    /**
     * The document's head after lower-case modifiers from {@code k}: "annual" in "her annual report", and a document
     * noun modifying another: "investigation" in "its investigation report"; k if none.
     */
    private Token modifiedHead(int k, int end) {
        return tokens.get(modifiedHeadAt(k, end));
    }

    private int modifiedHeadAt(int k, int end) {
        int head = k;
        while (head + 1 < end && head - k < DocumentMaker.ADJUNCT_TOKENS && tokens.get(head).isLowerWord()
                && (!document(head) || tokens.get(head + 1).isLowerWord() && document(head + 1))) {
            head++;
        }
        return head;
    }

    private boolean document(int k) {
        return lexicon.documents.contains(lexicon.headKey(tokens.get(k).lower()));
    }

    /**
     * Where the verb group of the signing verb at {@code k} opens: before "has" and a word of time ("today presented"),
     * and before the acronym the body names itself by ("The Rail Safety Board (RSB) today released").
     */
    private int verbOpening(int k, int first) {
        int v = k;
        if (v - 1 > first && (tokens.get(v - 1).is("has") || tokens.get(v - 1).is("have"))) {
            v--;
        }
        v = v - 1 > first && DocumentMaker.WHEN.contains(tokens.get(v - 1).lower()) ? v - 1 : v;
        return v - 3 > first && tokens.get(v - 1).is(")") && tokens.get(v - 2).isAllCaps() && tokens.get(v - 3).is("(")
                ? v - 3 : v;
    }

    /** The maker that makes the whole of tokens [from, verb) before a sentence's verb; null if none. */
    private Mention subject(int from, int verb) {
        Mention m = phrases.phrase(from, verb, true);
        return m != null && doc.tokenAtOrAfter(m.end()) == verb ? phrases.maker(m) : apposedName(from, verb);
    }

    /** "The Harbour Auditor, Ines Varga, presented": the name set between commas after the subject's role; null if none. */
    private Mention apposedName(int from, int verb) {
        int close = verb - 1;
        if (close <= from || !tokens.get(close).is(",")) {
            return null;
        }
        int open = close - 1;
        while (open > from && !tokens.get(open).is(",")) {
            open--;
        }
        Mention name = open > from ? phrases.phrase(open + 1, close, false) : null;
        return name != null && name.hasName() && doc.tokenAtOrAfter(name.end()) == close ? phrases.maker(name) : null;
    }
}
