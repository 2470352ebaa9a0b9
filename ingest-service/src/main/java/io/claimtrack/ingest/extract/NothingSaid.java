package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a cue word says nothing whatever its verb, part of {@link CueSense}: negated or refused ("did not say"), a
 * question ("Did she say ...?"), a noun or an adjective, the terms of speaking ("who spoke on condition of
 * anonymity"), a scene's act, a topic without words ("spoke about this in detail"), a text authored or a term coined.
 */
final class NothingSaid {

    /**
     * Verbs that follow a headline's subject noun: "Tower plan goes back to the drawing board", "Ferry call was
     * ignored": a cue word in its bare form right before one is that noun, not a verb.
     */
    private static final Set<String> SUBJECT_VERBS = WordSet.of("is", "was", "are", "were", "has", "had", "goes", "went",
            "comes", "came", "gets", "got");

    /** Bare verbs a headline's plural subject takes: "Supply Fears Mount", "Warnings Grow". */
    private static final Set<String> PLURAL_SUBJECT_VERBS = WordSet.of("mount", "grow", "rise", "ease", "deepen", "spread",
            "linger", "fade", "persist", "swirl");
    /** Before a passive participle: "was referred", "and referred" after "read a second time". */
    private static final Set<String> PASSIVE_BEFORE = WordSet.of("and", "is", "was", "were", "be", "been");
    /** Conjunctions of a time clause that sets a plea as the background of a sentence: "after they admitted". */
    private static final Set<String> TIME_CLAUSES = WordSet.of("after", "once", "when", "before", "since");
    /** What a plea or an admission in court is of: "pleaded guilty", "admitted their guilt", "admitted the charges". */
    private static final Set<String> GUILT = WordSet.of("guilty", "guilt", "charge", "charges", "offence", "offences",
            "offense", "offenses");
    /** Most tokens of a relative clause's own subject: "which the city staff had proposed". */
    private static final int RELATIVE_SUBJECT_TOKENS = 3;
    /** Most tokens of a time clause's subject: "after the two managers admitted". */
    private static final int CLAUSE_SUBJECT_TOKENS = 4;

    private final Lexicon lexicon;
    private final ObjectSense objects;

    NothingSaid(Lexicon lexicon, ObjectSense objects) {
        this.lexicon = lexicon;
        this.objects = objects;
    }

    /** Whether, whatever the cue's verb, nothing is said at the cue of {@code words} tokens at token {@code i}. */
    boolean at(AnnotatedDocument doc, int i, int words, Sentence s) {
        List<Token> t = doc.tokens;
        String w = t.get(i).lower();
        int next = i + words;
        Token after = next < s.endToken() ? t.get(next) : null;
        if (Refusals.negated(t, i, words, s) || after != null && after.is("nothing") && !BareClause.nothingOpens(t, next, s) || littleSaid(t, next, s) || IndirectQuestion.asked(t, i, s)
                || InvertedQuestion.asks(t, i, s) || NegativeSubject.before(t, i, s) || WordsNotGiven.unansweredQuestion(t, i, s)) {
            // "did not say", "said nothing about the fares", "said little.", "asked if she believed ...", "Did she say ...?",
            // "Neither side confirmed", "did not say when Lund would announce it": nothing was said.
            return true;
        }
        if (words == 1 && w.endsWith("ed") && i > s.firstToken() && t.get(i - 1).is(",") && after != null && after.is("at")
                && ObjectComplement.figureAfter(t, next + 1, s.endToken())) {
            // "the repairs, estimated at $12,000, from its reserve": a participle set off after a noun puts a figure on
            // the thing; no one is said to estimate anything.
            return true;
        }
        if (after != null && SUBJECT_VERBS.contains(after.lower()) && !w.endsWith("s") && !w.endsWith("ed")
                && doc.block(s.block()).kind() == Block.Kind.HEADLINE) {
            // "Harbourfront tower plan goes back to the drawing board": headlinese drops the article of a noun subject.
            return true;
        }
        if (after != null && w.endsWith("s") && PLURAL_SUBJECT_VERBS.contains(after.lower()) && doc.block(s.block()).kind() == Block.Kind.HEADLINE) {
            // "Grain Export Fears Mount After Strike": the plural noun a headline's verb of growth follows.
            return true;
        }
        if (SummativeAppositive.nounAt(doc, i, s.endToken()) || ProjectNoun.at(t, i, s, lexicon) || AttributiveCue.adjective(t, i, words, s)
                || AttributiveCue.beforeStatementNoun(lexicon, t, i, words, s) || AttributiveCue.afterActNoun(lexicon, t, i, words, s)
                || AttributiveCue.objectNoun(lexicon, t, i, words, s) || AttributiveCue.reportedState(lexicon, t, i, words, s)
                || AttributiveCue.pointedTo(lexicon, t, i, words, s)) {
            return true;
        }
        if (AnonymityTerms.onCondition(t, next, s.endToken()) || AnonymityTerms.nameWithheld(t, next, s.endToken())
                || AnonymityTerms.identifiedOnly(t, i, next, s.endToken()) || AnonymityTerms.reasonGiven(t, i, next, s)) {
            // "A firefighter who spoke on condition of anonymity said", "who asked not to be named", "She asked that
            // her name not be used": the terms of speaking, and "because she feared ..." their reason.
            return true;
        }
        if ((w.startsWith("tell") || w.equals("told")) && (ObjectSense.toldItSo(t, next, s) || Listeners.toldQuestionOnly(t, next, s))) {
            return true;
        }
        if (objects.pronounBeforeParticiple(t, next, s)) {
            // "defended it, saying ...": the participle's statement gives the words.
            return true;
        }
        if (FormalDeclaration.at(t, w, i, s) || WordsNotGiven.appealNoun(t, i, s) || WordsNotGiven.answerRequested(t, w, next, s)
                || WordsNotGiven.questionPointedBack(t, w, i, s) || WordsNotGiven.listenerOnly(t, w, i, next, s)
                || SceneActs.act(doc, lexicon, w, i, words, s)
                || EverydaySenses.notSaying(t, w, i, next, s)
                || PastPledge.background(t, w, i, next, s) || AsClause.requestClosing(t, w, i, next, s)
                || DeckVerbs.wish(doc, i, s) || Discoveries.narrated(t, i, s) || AnnouncedRun.at(t, w, next, s)
                || AnnouncedRun.toCome(t, w, i, next, s) || AnnouncedRun.toldThing(doc, w, next, s) || ThingsDecided.at(t, w, next, s) || ModalSenses.duty(t, i, s)
                || PositionObjects.objectsNoun(t, w, next, s) || WitnessSide.calledFor(t, next, s) || CourtDecisions.concurrence(t, i, s)
                || ReducedRelative.beforeWhich(t, i, words, s) || ReducedRelative.pointsInText(t, i, words, s)
                || ReducedRelative.beforeOwnVerb(t, i, words, s) || HouseMotions.motionText(t, i, s)) {
            return true;
        }
        if (w.equals("referred") && words > 1 && i > s.firstToken() && PASSIVE_BEFORE.contains(t.get(i - 1).lower())
                && HouseMotions.committee(doc, next, s.endToken())) {
            // "bill read a second time and referred to a committee": a bill sent on, an act; "referring to the National
            // Committee" mentions it.
            return true;
        }
        if (after != null && after.is(",") && next + 1 < s.endToken() && t.get(next + 1).isCapitalized() && subjectRelative(t, i, s)) {
            // "The neighbour who complained, Arno Pike, said ...": the relative clause ends at its verb, and the name
            // set off after it is the subject's, who speaks with the later cue.
            return true;
        }
        if (words == 1 && after != null && (FunctionWords.FINITE_AUXILIARIES.contains(after.lower())
                || FunctionWords.SAY_TELL.contains(after.lower())) && subjectRelative(t, i, s)) {
            // "Most of the tenants who complained had lived there for years", "The tenants who complained said ...": the
            // relative clause ends at its verb, and what follows is the main clause's.
            return true;
        }
        if ((w.startsWith("spok") || w.startsWith("speak")) && (SpokenTopic.pointsBack(t, next - 1, s) || SpokenTopic.pointsBack(t, next, s))) {
            // "spoke about this in detail", the preposition the cue's own or after it: no words given here.
            return true;
        }
        if ((w.startsWith("complain") && words > 1 || (w.startsWith("propos") || w.startsWith("demand")) && after != null
                && !after.is("that") && !after.is("to") && !BareClause.opensAt(t, next, s) || askedFor(t, w, i, s))
                && subjectRelative(t, i, s) || pastRequest(t, w, i, s) || criticismBefore(t, w, i, after, s)) {
            // "women who complained about the president's behavior", "Moll, who first proposed the levy in her budget
            // speech,", "Vik, who has asked for an outside audit,": a complaint, proposal or request with a noun object
            // in a relative clause is background on the people, as a plea there is; so is one made before the story
            // ("who had called for the chief to resign", "the pools, which staff had proposed to close").
            return true;
        }
        if (AuthoredText.at(objects, t, i, s) || CoinedTerms.at(t, i, s)) {
            // "Ivy Lane, who wrote the bylaw,": authorship; "what local papers call X": a term in use.
            return true;
        }
        if (w.startsWith("call") && (words > 1 ? ProceduralCall.at(t, next, s) : ProceduralCall.toOrder(t, next, s))) {
            return true;
        }
        // "Residents can report a blocked drain at 555-0190", "Please state your name": an instruction to the reader or room.
        return ContactInstruction.at(t, i, s) || ContactInstruction.pleaseAsked(t, i, s);
    }

    /**
     * "asked for an audit": a request whose object is a thing, after "for". "called for" is left: PolNeAR marks "a
     * candidate who has called for ..." among its statements.
     */
    private static boolean askedFor(List<Token> t, String w, int i, Sentence s) {
        return w.startsWith("ask") && i + 1 < s.endToken() && t.get(i + 1).is("for");
    }

    /**
     * "Ruiz, who had called for the chief to resign,", "Mayor Lind, who had urged the board to wait,", "the pools, which
     * staff had proposed to close": a request or a proposal in a pluperfect relative clause, its subject the relative or
     * a short noun after it, whatever its object; a body's opposition right after "which had".
     */
    private static boolean pastRequest(List<Token> t, String w, int i, Sentence s) {
        boolean opposed = w.startsWith("oppos");
        boolean request = opposed || w.startsWith("propos") || w.startsWith("demand") || w.startsWith("urg") || askedFor(t, w, i, s)
                || w.startsWith("call") && i + 1 < s.endToken() && t.get(i + 1).is("for");
        int k = i - 1;
        while (request && k > s.firstToken() && ClauseShapes.isAdverb(t.get(k)) && !t.get(k).is("had")) {
            k--;
        }
        if (!request || k <= s.firstToken() || !t.get(k).is("had")) {
            return false;
        }
        for (int j = k - 1; j >= s.firstToken() && k - j <= RELATIVE_SUBJECT_TOKENS + 1; j--) {
            if (t.get(j).is("who") || t.get(j).is("which")) {
                // "The Guild, which had opposed the quota,": a body's past stand; PolNeAR marks a person's ("Sanders, who
                // had opposed a similar effort").
                return opposed ? j == k - 1 && t.get(j).is("which") : j == k - 1 || t.get(j).is("which");
            }
            if (!t.get(j).isWord() || t.get(j).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "Renner, who has pleaded guilty", "who pleaded guilty last year": the verb at {@code i} opens a who-clause. */
    static boolean subjectRelative(List<Token> t, int i, Sentence s) {
        int k = relativeWordBefore(t, i, s);
        return k >= s.firstToken() && t.get(k).is("who");
    }

    /** The token before the verb at {@code i} and its "have" or adverbs: "who" or "which" when they open its clause. */
    private static int relativeWordBefore(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        while (k > s.firstToken() && (FunctionWords.HAVE_FORMS.contains(t.get(k).lower()) || ClauseShapes.isAdverb(t.get(k)))) {
            k--;
        }
        return k;
    }

    /**
     * "The Growers' Guild, which has criticised the timetable in the past, called for ...", "Vik, who has long
     * criticized the levy, said ...": past criticism with a noun object in a relative clause set off by commas is
     * background on the one it follows, as a complaint there is.
     */
    private static boolean criticismBefore(List<Token> t, String w, int i, Token after, Sentence s) {
        if (!w.startsWith("critici") || after == null || !after.isWord() || after.is("that")) {
            return false;
        }
        int r = relativeWordBefore(t, i, s);
        if (r <= s.firstToken() || !(t.get(r).is("who") || t.get(r).is("which")) || !t.get(r - 1).is(",")
                || !FunctionWords.HAVE_FORMS.contains(t.get(r + 1).lower())) {
            // A record in the perfect; "who frequently criticizes the government" describes a stand (PolNeAR marks it).
            return false;
        }
        for (int k = i + 1; k + 1 < Math.min(s.endToken(), i + 1 + Windows.PHRASE_TOKENS); k++) {
            if (t.get(k).is(",")) {
                // The clause closes before the sentence does.
                return true;
            }
        }
        return false;
    }

    /**
     * "were given suspended sentences after they admitted their guilt", "once Holm had pleaded guilty", "was fined after
     * pleading guilty": a plea in a time
     * clause dates the sentence's own news, as background; the plea entered in a main clause stays a statement.
     */
    static boolean pleaInTimeClause(List<Token> t, int i, int next, Sentence s) {
        boolean guilt = false;
        for (int k = next; k < Math.min(s.endToken(), next + 3) && !guilt; k++) {
            guilt = GUILT.contains(t.get(k).lower());
        }
        int k = i - 1;
        while (guilt && k > s.firstToken() && (FunctionWords.HAVE_FORMS.contains(t.get(k).lower()) || ClauseShapes.isAdverb(t.get(k)))) {
            k--;
        }
        for (int from = k; guilt && k >= Math.max(s.firstToken(), from - CLAUSE_SUBJECT_TOKENS) && t.get(k).isWord(); k--) {
            if (TIME_CLAUSES.contains(t.get(k).lower())) {
                // "after they admitted", or a participle with the sentence's own subject: "fined after pleading guilty".
                return k < from || t.get(i).lower().endsWith("ing");
            }
        }
        return false;
    }

    /**
     * "said little, offering only ...", "said little.", "says many things.": how much was said, alone, no clause's
     * subject ("said little has changed", "says many things have changed"); PolNeAR marks "says a lot" as said.
     */
    private static boolean littleSaid(List<Token> t, int next, Sentence s) {
        int k = next;
        if (k + 1 < s.endToken() && t.get(k).is("many") && t.get(k + 1).is("things")) {
            k += 2;
        } else if (k < s.endToken() && t.get(k).is("little")) {
            k++;
        } else {
            return false;
        }
        return k < s.endToken() && (t.get(k).is(",") || t.get(k).is(".") || t.get(k).is(";"));
    }
}
