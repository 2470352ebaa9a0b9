package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Speech and cognition cues outside quotations: "said", "pointed out", "according to". */
public final class CueStage implements Stage {


    private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "be", "been", "being", "get", "got");

    static final Set<String> PREPOSITIONS = WordSet.of("in", "at", "on", "of", "for", "after", "over", "as",
            "near", "from", "during", "to", "with", "into");
    /** Participles of thinking that open a condition, not a view: "Assuming the vote holds, ...". */
    private static final Set<String> CONDITIONS = WordSet.of("assuming", "supposing", "presuming");



    /** "in the words of X", "in the view of X": X is the source, as after "according to". */
    static final Set<String> VIEW_NOUNS = WordSet.of("words", "view", "opinion", "estimation", "judgment", "judgement");

    /** "said by phone" names the medium, not the agent of a passive. */
    private static final Set<String> MEDIA = WordSet.of("phone", "telephone", "email", "e-mail", "text", "video", "videolink",
            "letter", "fax", "satellite", "radio", "mail", "message", "teleconference", "videoconference");

    private final Lexicon lexicon;
    private final CueSense sense;
    private final CueNoun noun;
    private final ObjectComplement complement;

    public CueStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sense = new CueSense(lexicon);
        this.noun = new CueNoun(lexicon);
        this.complement = new ObjectComplement(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            boolean titleCase = titleCased(doc, sentence);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                // A method per token: this loop runs once per document, and a body inlined here waits for the JIT
                // to compile the loop itself, late in the first long text.
                i = cueAt(doc, s, sentence, titleCase, i);
            }
        }
    }

    /**
     * Adds the cue at token {@code i}, if one starts there; returns the last token it took, or {@code i}. Each kind of
     * cue is its own method: as one body, with its callees inlined, this took the optimising compiler over a second to
     * compile on a loaded machine, and the first long text ran slow code meanwhile.
     */
    private int cueAt(AnnotatedDocument doc, int s, Sentence sentence, boolean titleCase, int i) {
        Token tok = doc.tokens.get(i);
        if (!tok.isWord() || doc.quoteAt(tok.start()) != null) {
            return i;
        }
        int phrase = sourcePhrase(doc, i, sentence);
        if (phrase > i) {
            doc.cues.add(new Cue(s, i, phrase, doc.text(tok.start(), doc.tokens.get(phrase - 1).end()),
                    Lexicon.CueKind.ACCORDING_TO));
            return phrase - 1;
        }
        if (nameWord(doc, i, sentence, titleCase)) {
            return i;
        }
        int leadIn = leadInCue(doc, s, i, sentence);
        return leadIn >= i ? leadIn : verbCue(doc, s, i, sentence);
    }

    /**
     * Capitalised words are names ("Post", "Report"), except inside a title-case headline, where an organisation's head
     * word after a capitalised word still ends a name ("Harbour Post Hires"), and except "According to" and a participle
     * of saying opening a sentence set in prose ("Noting that the pier was old, Lund said ...").
     */
    private boolean nameWord(AnnotatedDocument doc, int i, Sentence sentence, boolean titleCase) {
        Token tok = doc.tokens.get(i);
        boolean sentenceStart = i == sentence.firstToken();
        boolean openingAccording = tok.is("according") && AccordingPositions.opensClause(doc.tokens, i, sentence.firstToken());
        boolean openingParticiple = sentenceStart && !titleCase && openingParticiple(doc, i, sentence);
        return tok.isCapitalized() && !openingAccording && !openingParticiple && !(titleCase && !sentenceStart)
                || titleCase && endsName(doc, i, sentence);
    }

    /**
     * Cues led by a noun or an adjective ("is confident that", "offered her firmest promise that", a readout's "raised
     * the matter of", a presenting lead-in): adds the one at token {@code i}, if any; returns the last token it took,
     * or -1 when none starts there.
     */
    private int leadInCue(AnnotatedDocument doc, int s, int i, Sentence sentence) {
        Token tok = doc.tokens.get(i);
        int belief = BeliefAdjectives.cueStart(doc, i, sentence);
        if (belief >= 0) {
            doc.cues.add(new Cue(s, belief, i + 1, doc.text(doc.tokens.get(belief).start(), tok.end()), Lexicon.CueKind.VERB));
            return i;
        }
        // "offered her firmest promise that ...": the noun's clause is what was said, also after a listed verb.
        int light = LightVerbCue.cueEnd(doc.tokens, i, sentence, lexicon);
        if (light > i) {
            // "was given assurances that": the subject heard them.
            boolean passive = i > sentence.firstToken() && BE.contains(doc.tokens.get(i - 1).lower());
            if (!passive && sense.isSpeech(doc, i, light - i, sentence)) {
                doc.cues.add(new Cue(s, i, light, doc.text(tok.start(), doc.tokens.get(light - 1).end()), Lexicon.CueKind.VERB));
            }
            return light - 1;
        }
        int readout = ReadoutObjects.cueEnd(doc.tokens, i, sentence);
        if (readout > i) {
            if (sense.isSpeech(doc, i, readout - i, sentence)) {
                doc.cues.add(new Cue(s, i, readout, doc.text(tok.start(), doc.tokens.get(readout - 1).end()), Lexicon.CueKind.VERB));
            }
            return readout - 1;
        }
        int naming = PresentingLeadIn.namingEnd(doc, lexicon, i, sentence);
        if (naming > i) {
            doc.cues.add(new Cue(s, i, naming, doc.text(tok.start(), doc.tokens.get(naming - 1).end()), Lexicon.CueKind.VERB));
            return sentence.endToken() - 1;
        }
        int presenting = PresentingLeadIn.cueEnd(doc, i, sentence);
        if (presenting > i) {
            doc.cues.add(new Cue(s, i, presenting, doc.text(tok.start(), doc.tokens.get(presenting - 1).end()), Lexicon.CueKind.VERB));
            return presenting - 1;
        }
        return -1;
    }

    /** A listed verb or phrase ("said", "pointed out") in a speaking sense: adds it; returns the last token it took, or {@code i}. */
    private int verbCue(AnnotatedDocument doc, int s, int i, Sentence sentence) {
        Token tok = doc.tokens.get(i);
        List<Lexicon.CueForm> forms = lexicon.cuesStartingWith(tok.lower());
        if (forms.isEmpty()) {
            // No cue starts with the word: the day or duration a cue's words could hold is not looked for either.
            return i;
        }
        // "called Monday for the release", "complained for years about": the day or the duration is inside the phrase.
        Lexicon.CueForm form = DayInsideCue.form(doc, i, sentence, forms);
        int words = form == null ? 0 : form.words().size() + DayInsideCue.inside(doc, i, sentence);
        if (form == null) {
            form = match(doc, i, sentence.endToken(), forms);
            words = form == null ? 0 : form.words().size();
        }
        if (form == null || noun.is(doc, i, sentence, form) || colonOnly(doc, i, sentence)
                || form.past() && isPassive(doc, i, sentence, form) || ReducedRelative.at(doc, i, sentence, form, lexicon)
                || !sense.isSpeech(doc, i, words, sentence)
                || !complement.fits(doc, i, words, sentence)
                || AsClause.isPutIt(form.words()) && !AsClause.putItSpeaks(doc, i, sentence)) {
            return i;
        }
        int end = i + words;
        Lexicon.CueKind kind = tok.is("according") ? Lexicon.CueKind.ACCORDING_TO : Lexicon.CueKind.VERB;
        doc.cues.add(new Cue(s, i, end, doc.text(tok.start(), doc.tokens.get(end - 1).end()), kind));
        return end - 1;
    }

    /**
     * Source phrases that work like "according to": "in the words of X", "in the view of X", "in his words", "in X" opening a sentence
     * when X is a poll ({@link PollFrame}), "as reported by X" opening a sentence, and "under X" opening a sentence when X is a document
     * ("Under the agreement, ..."). Returns the index after the phrase, or -1.
     */
    private int sourcePhrase(AnnotatedDocument doc, int i, Sentence sentence) {
        List<Token> t = doc.tokens;
        int end = sentence.endToken();
        if (t.get(i).is("in") && i + 4 < end && t.get(i + 1).is("the") && VIEW_NOUNS.contains(t.get(i + 2).lower())
                && t.get(i + 3).is("of")) {
            return i + 4;
        }
        int own = OwnWords.after(t, i, end, sentence.firstToken());
        if (own > 0) {
            return own;
        }
        if (PollFrame.opens(t, i, sentence)) {
            return i + 1;
        }
        int reportedBy = i == sentence.firstToken() ? asReportedBy(t, i, end) : -1;
        if (reportedBy > 0) {
            return reportedBy;
        }
        if (t.get(i).is("under") && i == sentence.firstToken()) {
            return UnderSource.end(t, i, end, lexicon);
        }
        return -1;
    }

    /**
     * "As reported by X, Y", "As first noted by X, Y": a passive cue after "as" names its source after "by", as
     * "according to" does. Only opening a sentence: after a quotation's own cue ("“Q,” Holm said, as reported by
     * the Gazette") the outer source would take the speaker's follow-on quotations. Returns the index after "by", or -1.
     */
    private int asReportedBy(List<Token> t, int i, int end) {
        if (!t.get(i).is("as")) {
            return -1;
        }
        int k = i + 1;
        if (k < end && (t.get(k).is("first") || t.get(k).lower().endsWith("ly"))) {
            k++;
        }
        if (k + 2 >= end || !t.get(k + 1).is("by")) {
            return -1;
        }
        for (Lexicon.CueForm form : lexicon.cuesStartingWith(t.get(k).lower())) {
            if (form.past() && form.words().size() == 1) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * A capitalised participle of saying at the start of a sentence whose clause ends at a comma before the
     * sentence's subject: "Noting that ..., Lund said", "Claiming the vote was rigged, Berg told ...". A name in
     * -ing ("Golding said") has no comma after its clause; "Speaking on his radio show,", "Writing for the panel,"
     * say where or when, and "Assuming the vote holds," puts a condition.
     */
    private boolean openingParticiple(AnnotatedDocument doc, int i, Sentence sentence) {
        Token tok = doc.tokens.get(i);
        String w = tok.lower();
        if (!w.endsWith("ing") || tok.isAllCaps() || CONDITIONS.contains(w) || lexicon.cuesStartingWith(w).isEmpty()
                || !lexicon.cuesStartingWith(w).get(0).gerund() || i + 1 >= sentence.endToken()) {
            return false;
        }
        String next = doc.tokens.get(i + 1).lower();
        return !PREPOSITIONS.contains(next) && !Mentions.isDateWord(next)
                && ParticipleShapes.openingClauseEnd(doc.tokens, i + 1, sentence.endToken()) > 0;
    }

    /** "Washington Post", "Harbour Post": an organisation's head word right after a capitalised word. */
    private boolean endsName(AnnotatedDocument doc, int i, Sentence sentence) {
        Token prev = i > sentence.firstToken() ? doc.tokens.get(i - 1) : null;
        return doc.tokens.get(i).isCapitalized() && prev != null && prev.isWord() && prev.isCapitalized()
                && lexicon.organizations.contains(doc.tokens.get(i).lower());
    }

    /** "He continued:" introduces speech; "continued to fall" does not. */
    private static boolean colonOnly(AnnotatedDocument doc, int i, Sentence sentence) {
        if (!doc.tokens.get(i).lower().startsWith("continu")) {
            return false;
        }
        // "He continued:" and "..., he continued." introduce or close speech; "continued to fall" does not.
        Token next = i + 1 < sentence.endToken() ? doc.tokens.get(i + 1) : null;
        boolean closes = !doc.tokens.get(i).lower().endsWith("ing") && (next == null
                || next.is(".") && i + 2 >= sentence.endToken() || next.is(","));
        // "He continued, “...”" introduces a quotation as the colon does.
        boolean quotes = next != null && next.is(",") && i + 2 < sentence.endToken()
                && doc.tokens.get(i + 2).type() == Token.Type.QUOTE;
        return !(next != null && next.is(":") || quotes || closes && i > sentence.firstToken() + 1);
    }

    /**
     * "Obama Says Museum Will Tell of Suffering": nearly every longer word capitalised, in a headline or in the
     * page's first line, which sites often close with a period ("Trump Says He Is Unlikely To ... .").
     */
    static boolean titleCased(AnnotatedDocument doc, Sentence sentence) {
        if (doc.block(sentence.block()).kind() != Block.Kind.HEADLINE
                && !(sentence.block() == doc.sentences.get(0).block() && sentence.start() == doc.block(sentence.block()).start())) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (Token t : doc.tokens(sentence)) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalized += t.isCapitalized() ? 1 : 0;
            }
        }
        return words > 2 && capitalized * 10 >= words * 8;
    }

    static Lexicon.CueForm match(AnnotatedDocument doc, int i, int end, List<Lexicon.CueForm> forms) {
        for (Lexicon.CueForm form : forms) {
            List<String> words = form.words();
            if (i + words.size() > end) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < words.size() && ok; k++) {
                ok = doc.tokens.get(i + k).is(words.get(k));
            }
            // "warned about 40 percent of the wells are dry": the figure's hedge opens what was warned, no topic.
            if (ok && !(words.size() > 1 && BareClause.hedgedFigureOpens(doc.tokens, i + words.size() - 1, end))) {
                return form;
            }
        }
        return null;
    }

    /**
     * "was reported", "were mistakenly charged", "proposed by Russia", and headline participles ("Explosions reported
     * in ...") name no speaker as their subject.
     */
    private static boolean isPassive(AnnotatedDocument doc, int i, Sentence sentence, Lexicon.CueForm form) {
        if (BE.contains(doc.tokens.get(beforeAdverbs(doc.tokens, i - 1, sentence.firstToken())).lower())) {
            return true;
        }
        int next = i + form.words().size();
        if (next < sentence.endToken() && doc.tokens.get(next).is("by")
                && !(next + 1 < sentence.endToken() && MEDIA.contains(doc.tokens.get(next + 1).lower()))) {
            return true;
        }
        // Headlinese drops "was": "Explosions reported in ...", "Minister accused of ...".
        return doc.block(sentence.block()).kind() == Block.Kind.HEADLINE && !FunctionWords.SAY_TELL.contains(doc.tokens.get(i).lower())
                && next < sentence.endToken()
                && PREPOSITIONS.contains(doc.tokens.get(next).lower())
                && !Commissives.ownInfinitive(doc.tokens, i, next, sentence.endToken());
    }

    /** The token at or left of {@code k} past adverbs ("also", "widely", "mistakenly"), stopping at a form of "be". */
    private static int beforeAdverbs(List<Token> tokens, int k, int first) {
        while (k > first && !BE.contains(tokens.get(k).lower()) && ClauseShapes.isAdverb(tokens.get(k))) {
            k--;
        }
        return Math.max(k, first);
    }

}
