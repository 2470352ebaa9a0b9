package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "according to data from the national statistics office", "a report published in June by the Center for Rural
 * Health Policy", "the latest report of the State Retirement Board": a document whose maker the text names with it
 * speaks for that maker, as a body's statement does (the convention of issue 10 in ingest-service/README.md). Not
 * who paid for it, obtained it or printed it ("commissioned by", "conducted for", "obtained by", "published in"),
 * nor what it is about ("a survey of parents", "footage from the game"): only a person or body makes one. A written
 * work introduced with its author after "by" speaks for that author when read again ({@link #author}: "The Harbinger ran
 * a column by its commentator Ysolde Brankov. ... The column alleges", "According to the piece", "The writer also
 * maintains"): the paper only printed it.
 */
final class DocumentMaker {

    /** Participles that name whom a document comes from when "by" follows them. */
    private static final Set<String> MAKING = FunctionWords.PUBLISHING_PARTICIPLES;
    /** Verbs of a relative clause whose subject did the survey or study it follows: "which the Bureau ran in June". */
    private static final Set<String> RUNNING = WordSet.of("ran", "runs", "did");
    /** Words of a short adjunct of time between a document and its maker: "released last week by", "in June by". */
    static final Set<String> WHEN = WordSet.of("in", "on", "last", "this", "earlier", "late", "early", "out",
            "week", "month", "year", "yesterday", "today");
    /** How far a mention may open before its document's head word: "the most recent annual report". */
    private static final int HEAD_TOKENS = 5;
    /** The longest "of"-topic or time adjunct read past: "of 2,300 parents", "last week". */
    static final int ADJUNCT_TOKENS = 4;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameIndex names;
    private final BodyDescriptions bodies;
    private final MakerPhrases phrases;
    private final WrittenWorkAuthors works;
    private final DocumentSigners signers;
    /** The documents read so far, by head word: where the last one was and whose it is. */
    private final Map<String, Seen> seen = new HashMap<>();
    /** By head word, the documents read since the last one with a maker, which have none yet. */
    private final Map<String, List<Mention>> unmade = new HashMap<>();
    /** Each statement's document and its maker, found for all of them on the first call. */
    private Map<Mention, Maker> found;

    /** Whose a document is: the maker's canonical name and kind. */
    record Maker(String speaker, SpeakerKind kind) {
    }

    private record Seen(int offset, Maker maker) {
    }

    DocumentMaker(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, BodyDescriptions bodies) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.tokens = doc.tokens;
        this.names = names;
        this.bodies = bodies;
        this.phrases = new MakerPhrases(doc, lexicon);
        this.works = new WrittenWorkAuthors(doc, lexicon, phrases);
        this.signers = new DocumentSigners(doc, lexicon, phrases);
    }

    /**
     * Whose the document {@code m} opens with is: the maker the text names with it, or, for a definite "The report" or
     * "the same poll", the maker of the last document with its head word, nearby, or of the next one that names its
     * maker ("a state report released Thursday ... The report, by the Department of Water, found"); null if none.
     */
    Maker find(Mention m) {
        if (found == null) {
            found = new IdentityHashMap<>();
            for (Attribution a : doc.attributions) {
                if (a.antecedent == null && a.mention != null && !a.mention.isPronoun()) {
                    read(a.mention);
                }
            }
        }
        return found.get(m);
    }

    /** Finds the maker of the document {@code m} opens with, in the text's order. */
    private void read(Mention m) {
        Sentence s = doc.sentenceAt(m.start());
        int head = s == null ? -1 : head(m, s);
        if (head < 0) {
            return;
        }
        String word = lexicon.headKey(tokens.get(head).lower());
        Mention named = after(head, s.endToken());
        Seen before = seen.get(word);
        Maker maker = named != null ? new Maker(speaker(named), named.kind())
                : before != null && again(m, head) && m.start() - before.offset() < ResolutionWindows.TITLED_NAME_CHARS ? before.maker() : null;
        if (maker == null && before == null && again(m, head)) {
            Mention signer = signers.signer(word, s);
            signer = signer != null ? signer : introducedEarlier(word, s);
            maker = signer == null ? null : new Maker(speaker(signer), signer.kind());
        }
        List<Mention> earlier = unmade.computeIfAbsent(word, w -> new ArrayList<>());
        if (maker == null) {
            earlier.add(m);
        } else {
            if (named != null && again(m, head)) {
                nameEarlier(earlier, m.start(), maker);
            }
            earlier.clear();
            found.put(m, maker);
        }
        // A document with no maker is remembered too: "a staff report ... The report" is not the earlier one's; one
        // with a possessor is its possessor's when read again ("According to the panel's decision, A. The decision said").
        seen.put(word, new Seen(m.start(), maker != null || named != null ? maker : possessed(m)));
    }

    /**
     * "has read the article "Envoys bought radar parts" published by The Harrowby Sentinel on 9 May. ... The article
     * alleges": a document read again by its head word alone is the one an earlier sentence names by its quoted title
     * with its maker after it; the sentences read are bounded by {@link ResolutionWindows#TITLED_NAME_CHARS} before
     * {@code own}. Null if none. Only a titled one: PolNeAR keeps "the report" of "a report by X" read again as the
     * document's own words.
     */
    private Mention introducedEarlier(String word, Sentence own) {
        int from = Sorted.firstAtLeast(doc.sentences, Sentence::start, own.start());
        for (int i = from - 1; i >= 0 && own.start() - doc.sentences.get(i).start() < ResolutionWindows.TITLED_NAME_CHARS; i--) {
            Sentence s = doc.sentences.get(i);
            for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
                int title = tokens.get(k).isLowerWord() && word.equals(lexicon.headKey(tokens.get(k).lower())) ? pastTitle(k, s.endToken()) : k;
                Mention maker = title > k ? after(title, s.endToken()) : null;
                if (maker != null) {
                    return maker;
                }
            }
        }
        return null;
    }

    /** The closing mark of a quoted title right after the document's head at {@code head}, else {@code head}. */
    private int pastTitle(int head, int end) {
        Quote title = tokens.get(head + 1).type() == Token.Type.QUOTE ? doc.quoteAt(tokens.get(head + 1).start()) : null;
        int close = title == null ? head : doc.tokenAtOrAfter(title.end()) - 1;
        return close < end ? close : head;
    }

    /** The possessor of a document named with "'s" ("the panel's decision") as its maker; null if none. */
    private Maker possessed(Mention m) {
        String owner = m.kind() == SpeakerKind.DOCUMENT ? ResolutionStage.possessor(m) : null;
        return owner == null ? null : new Maker(names.expand(owner, SpeakerKind.ORGANIZATION, m.start()), SpeakerKind.ORGANIZATION);
    }

    /**
     * The canonical name of the author of the written work {@code m} reads again ("The column", "the writer"), as
     * {@link WrittenWorkAuthors} finds it; null if it is none or its author is not named.
     */
    String author(Mention m) {
        Mention author = works.author(m);
        return author == null ? null : speaker(author);
    }

    /**
     * "a state report released Thursday. The report, by the Department of Water, found": the definite document is the
     * one introduced before it, so its maker is that one's too, and the headline's over the story ("state report
     * finds"); not past the indefinite that introduced it, which began another document, unless to its headline.
     */
    private void nameEarlier(List<Mention> earlier, int from, Maker maker) {
        boolean introduced = false;
        int next = from;
        for (int i = earlier.size() - 1; i >= 0 && next - earlier.get(i).start() < ResolutionWindows.TITLED_NAME_CHARS; i--) {
            Mention e = earlier.get(i);
            boolean headline = inHeadline(e);
            if (introduced && !headline) {
                return;
            }
            found.put(e, maker);
            introduced |= FunctionWords.isIndefinite(e.text());
            next = e.start();
        }
    }

    private boolean inHeadline(Mention m) {
        Sentence s = doc.sentenceAt(m.start());
        return s != null && doc.block(s.block()).kind() == Block.Kind.HEADLINE;
    }

    /** The canonical name of a maker: its name, the body its description stands for, or the description. */
    private String speaker(Mention maker) {
        if (maker.hasName()) {
            return names.expand(maker.name(), maker.kind(), maker.start());
        }
        Name body = bodies.named(maker, DescriptionHeads.headWord(maker.text()));
        return body == null ? maker.text() : names.expand(body.text(), SpeakerKind.ORGANIZATION, body.offset());
    }

    /** "The report", "the same poll", "The 40-page report": "the" opens the mention and the document's noun ends it. */
    private boolean again(Mention m, int head) {
        return tokens.get(doc.tokenAtOrAfter(m.start())).is("the") && tokens.get(head).end() == m.end();
    }

    /** The maker named after the document's head word at {@code head}, as a mention; null if none. */
    private Mention after(int head, int end) {
        int k = head + 1;
        Mention relative = relativeMaker(k, end);
        if (relative != null) {
            return relative;
        }
        if (k < end && tokens.get(k).is("of")) {
            Mention object = phrases.phrase(k + 1, end, false);
            if (object != null && object.kind() == SpeakerKind.ORGANIZATION && phrases.maker(object) != null) {
                return object;
            }
            // "a survey of 2,300 parents conducted by the district": the topic, then a maker only after a participle,
            // set off by a comma or not ("A review of the slide, carried out for the Trust by the firm X"), ("an analysis
            // of campaign filings by the committee": the filings' maker), or after a definite topic that nobody makes
            // ("An analysis of the sixth game by the chess site Pawnstorm").
            int topic = k + 1;
            k = skipTopic(topic, end);
            boolean unmade = k < end && tokens.get(k).is("by") && madeByNoOne(topic, k);
            int participle = k + 1 < end && tokens.get(k).is(",") ? k + 1 : k;
            if (!unmade && (participle >= end || !MAKING.contains(tokens.get(participle).lower()))) {
                return null;
            }
        } else if (k < end && tokens.get(k).is("from")) {
            return phrases.holder(phrases.maker(phrases.phrase(k + 1, end, true)), end);
        }
        k = pastDate(k, end);
        // "The report, by the state water office, found": the maker set off by commas.
        if (k + 1 < end && tokens.get(k).is(",") && (tokens.get(k + 1).is("by") || MAKING.contains(tokens.get(k + 1).lower()))) {
            k++;
        }
        boolean made = k < end && MAKING.contains(tokens.get(k).lower());
        // "an emergency order signed by the director, X": one who signs by name makes it; "a petition signed by 60
        // residents" stays the petition's.
        boolean signed = !made && k < end && tokens.get(k).is("signed");
        if (made || signed) {
            k++;
        }
        int behalf = made ? phrases.onBehalf(k, end) : -1;
        for (int n = 0; k < end && n < ADJUNCT_TOKENS && !tokens.get(k).is("by") && when(tokens.get(k), tokens.get(k - 1)); n++) {
            k++;
        }
        k = behalf > 0 ? behalf : made ? phrases.pastCommissioner(k, end) : k;
        if (k >= end || behalf < 0 && !tokens.get(k).is("by")) {
            return null;
        }
        Mention maker = phrases.maker(phrases.phrase(k + 1, end, true));
        if (signed) {
            return maker != null && maker.hasName() ? maker : null;
        }
        return maker != null ? maker : phrases.bareGroup(k + 1, end);
    }

    /**
     * "a report the building department released in January", "the audit that the city's finance office published": the
     * maker as the subject of a relative clause on the document, whose verb makes it; null if none.
     */
    private Mention relativeMaker(int from, int end) {
        boolean which = from + 1 < end && tokens.get(from).is(",") && tokens.get(from + 1).is("which");
        int k = which ? from + 2 : from < end && tokens.get(from).is("that") ? from + 1 : from;
        // After ", which" a body's bare name is the subject too: "A survey, which Statistics Norland ran in May, found".
        boolean opens = k < end && (FunctionWords.DETERMINERS.contains(tokens.get(k).lower()) || which && tokens.get(k).isCapitalized());
        int verb = k;
        while (verb < end && verb - k <= Windows.PHRASE_TOKENS && !MAKING.contains(tokens.get(verb).lower())
                && !(which && RUNNING.contains(tokens.get(verb).lower()))) {
            verb++;
        }
        // Up to the verb: a name's run may take in a participle after it ("Statistics Norland carried").
        Mention subject = opens && verb < end && verb > k ? phrases.maker(phrases.phrase(k, verb, true)) : null;
        return subject != null && doc.tokenAtOrAfter(subject.end()) == verb ? subject : null;
    }

    /** The document's head word at the mention's opening, before any preposition; -1 if it opens with none. */
    private int head(Mention m, Sentence s) {
        int from = doc.tokenAtOrAfter(m.start());
        int end = s.endToken();
        for (int k = from; k < end && k - from < HEAD_TOKENS && tokens.get(k).start() < m.end() + 1; k++) {
            Token t = tokens.get(k);
            if ((!t.isCapitalized() || itemOpening(tokens, k, s)) && lexicon.documents.contains(lexicon.headKey(t.lower()))) {
                // "the report's lead author, X" is a person the report owns, no reading of the report ("The report's
                // main findings:" with the mention ending at the possessive still is one).
                return Mentions.isPossessive(t.lower()) && t.end() < m.end() ? -1 : k;
            }
            if (SubjectPhrase.possessiveMark(tokens, k) && tokens.get(k - 1).isLowerWord()) {
                // "an engineers' report": a common plural says what kind of makers, not which.
                continue;
            }
            if (!t.isWord() && t.type() != Token.Type.NUMBER && !t.is("-") || Mentions.isConnector(t.lower()) && !FunctionWords.ARTICLES.contains(t.lower())
                    || SubjectPhrase.possessiveMark(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "6.1 Letter from the Ministry ...", "Correspondence: Letter from Ada Lund, ...": a correspondence item's document,
     * capitalised only as the first word of its line, after the item's number or a one-word label; "the Harbour Report"
     * is a title, no document's head.
     */
    static boolean itemOpening(List<Token> tokens, int k, Sentence s) {
        int first = s.firstToken();
        if (k == first + 2 && tokens.get(first).isCapitalized() && tokens.get(first + 1).is(":")) {
            return true;
        }
        for (int j = first; j < k; j++) {
            if (tokens.get(j).type() != Token.Type.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** A date word, a number or a word of a time adjunct; "May" only after "in", where it is no verb. */
    /**
     * "The notice, dated March 9 and signed by X": past a date set off after the document, to the participle that names
     * its maker; {@code k} itself when no such date and participle follow.
     */
    private int pastDate(int k, int end) {
        if (k + 1 >= end || !tokens.get(k).is(",") || !tokens.get(k + 1).is("dated")) {
            return k;
        }
        int d = k + 2;
        for (int n = 0; d < end && n < ADJUNCT_TOKENS && (when(tokens.get(d), tokens.get(d - 1)) || tokens.get(d).is(".")); n++) {
            d++;
        }
        boolean joined = d + 1 < end && (tokens.get(d).is("and") || tokens.get(d).is(","));
        return joined && (tokens.get(d + 1).is("signed") || MAKING.contains(tokens.get(d + 1).lower())) ? d + 1 : k;
    }

    private static boolean when(Token t, Token before) {
        return WHEN.contains(t.lower()) || Mentions.isDateWord(t.lower()) || t.type() == Token.Type.NUMBER
                || t.is("may") && t.isCapitalized() && before.is("in");
    }

    /**
     * "the sixth game", "the final": a definite topic whose head is no document, no statement and no act named by its
     * doer ("the spending", "the filings", "the speech" take their maker or doer after "by"); a counted one likewise,
     * the people or things a survey asked ("A survey of 640 ferry users by the board found").
     */
    private boolean madeByNoOne(int from, int to) {
        String head = tokens.get(to - 1).lower();
        boolean topic = tokens.get(from).is("the") || tokens.get(from).type() == Token.Type.NUMBER;
        return to - from >= 2 && topic && !tokens.get(to - 1).isCapitalized() && !head.endsWith("ing")
                && !lexicon.documents.contains(lexicon.headKey(head)) && !lexicon.statementNouns.contains(head);
    }

    private int skipTopic(int from, int end) {
        int k = from;
        while (k < end && k - from < ADJUNCT_TOKENS && (tokens.get(k).isWord() || tokens.get(k).type() == Token.Type.NUMBER)
                && !tokens.get(k).is("by") && !MAKING.contains(tokens.get(k).lower())) {
            k++;
        }
        return k;
    }
}
