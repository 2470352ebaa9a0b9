package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a word from the cue list is used in its sense of saying, decided by the words around it:
 * "Toronto added two goals", "posted a 2-0 win", "advises Brenton Mining on the sale", "agreed to buy", "spoke to the president", "called Lund on Monday" (telephoned),
 * "showed up", "the state", "attacks in Paris" and "claims of fraud" are no cues; "added that", "agreed that",
 * "spoke of", "called the plan a disaster" are. Whether a finding or a view follows "found", "showed",
 * "maintained" or "felt" is {@link FindingSense}'s ("found" of a thing located, {@link ThingsFound}'s); what says nothing
 * whatever the verb is {@link NothingSaid}'s.
 */
final class CueSense {

    /** "found himself", "showed up", "showed off the hat", "found out" (learned): no finding shown. */
    private static final Set<String> REFLEXIVES = WordSet.union(List.of(FunctionWords.REFLEXIVE_PRONOUNS), "up", "off", "out");
    /** Words before a comparison with what was expected, which no one says: "faster than expected", "as expected". */
    private static final Set<String> COMPARED = WordSet.of("than", "as");
    /** How often a heading's questions are asked: "Frequently asked questions". */
    private static final Set<String> ASKED_OFTEN = WordSet.of("frequently", "commonly", "often");
    /** Words before a plea not yet entered: "would plead", "expected to plead". */
    private static final Set<String> PLEA_TO_COME = WordSet.union(List.of(FunctionWords.MODALS), "to");
    /**
     * Prepositions that cannot follow "attack" or "slam" used as verbs of criticism, which take their target
     * directly ("attacked the plan", "slams Holm over"): "attacks in Paris", "attacks on police", "slammed into
     * a wall" are the noun or a crash.
     */
    private static final Set<String> AFTER_NOUN_OR_CRASH = WordSet.of("in", "on", "at", "against", "by", "of", "into",
            "across", "from", "near", "inside", "throughout");
    /** "claims of fraud", "charges against him": only the noun takes these. */
    private static final Set<String> AFTER_NOUN = WordSet.of("of", "against");
    /** "charged into the fray", "charging ahead": a rush, not an accusation. */
    private static final Set<String> RUSHED = WordSet.of("into", "toward", "towards", "ahead", "forward");
    /**
     * "a warehouse owner charged in a fire that killed", "a man charged with fraud": the accused, not the accuser;
     * after a quotation ("“...,” Kelly charged in her opening") the verb is the speaker's.
     */
    private static final Set<String> ACCUSED = WordSet.of("in", "with");

    private final ObjectSense objects;
    private final CountedResults results;
    private final NothingSaid nothingSaid;
    private final PositionVerbs positions;
    private final FindingSense findings;
    private final Telephoned calls;
    private final ThatClauseVerbs clauseVerbs;
    private final Lexicon lexicon;

    CueSense(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.objects = new ObjectSense(lexicon);
        this.results = new CountedResults(lexicon);
        this.nothingSaid = new NothingSaid(lexicon, objects);
        this.positions = new PositionVerbs(lexicon);
        this.findings = new FindingSense(lexicon);
        this.calls = new Telephoned(lexicon);
        this.clauseVerbs = new ThatClauseVerbs(lexicon);
    }

    /** False when the cue at token {@code i} (of {@code words} tokens) is used in another sense. */
    boolean isSpeech(AnnotatedDocument doc, int i, int words, Sentence s) {
        // Two jobs apart: as one body, with its callees inlined, this was one of the largest units the optimising
        // compiler took while the first long text ran slow code. "called for", "pointed out": the particle already
        // fixes the sense.
        return !nothingSaid.at(doc, i, words, s) && (words > 1 || verbSense(doc, i, s));
    }

    /** The sense of a one-word cue at token {@code i}, told by its verb and what follows it. */
    private boolean verbSense(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        String w = t.get(i).lower();
        int next = i + 1;
        Token after = next < s.endToken() ? t.get(next) : null;
        if (ThatClauseVerbs.covers(w)) {
            return clauseVerbs.sense(doc, i, s);
        }
        if (w.startsWith("ask")) {
            // "Frequently asked questions": a page's heading over its questions, a participle, no one asking.
            return after == null || !QuestionPut.follows(t, next, s) && !(w.equals("asked") && i > s.firstToken()
                    && ASKED_OFTEN.contains(t.get(i - 1).lower()) && after.lower().startsWith("question"));
        }
        if (w.startsWith("add")) {
            // "added 3 percent", "add $84 billion", "added two goals", "add about 30 hours", "would add about $900 a
            // month": an amount, not words.
            return after == null || !(CountedObjects.counted(after) || Quantities.afterHedge(t, next, s.endToken()) > 0
                    || CountedObjects.sum(t, next, s) || after.is("about") && CountedObjects.sum(t, next + 1, s)
                    || results.result(t, next, s) || objects.putInto(t, next, s) || amendedBy(t, i, s));
        }
        if (w.startsWith("conced")) {
            // "conceded two goals", "conceded another", "conceded a late goal": a score against counted, no words;
            // "conceded defeat" (itself a result word) and "conceded that ..." are left.
            return after == null || !(CountedObjects.counted(after)
                    || ConcededScore.scored(t, next, s));
        }
        if (w.startsWith("post") || w.startsWith("report")) {
            // "posted a 2-0 win", "posted record earnings", "reported a net loss of ...", "reported quarterly revenue
            // that beat expectations": a result counted, no words; "posted a video", "reported smoke", "reported that
            // its profit fell" are left. "reported to the minister on the harvest" gives only a topic, "reported a fault
            // to her supervisor" an act told; "posted dozens
            // of photos" counts things shared, not what any of them says; "report again to the Minister." only to whom.
            return !(w.startsWith("post") ? results.postedResult(t, next, s) : results.result(t, next, s))
                    && !(w.startsWith("report") && (SpokenTopic.reportedOnTopic(t, next, s) || SpokenTopic.reportedToOnly(t, next, s)
                            || SpokenTopic.reportedThingTo(t, next, s)))
                    && !(w.startsWith("post") && after != null && (CountedObjects.thingsCounted(after) || ObjectSense.postedPlacement(t, next, s)))
                    && !(w.startsWith("report") && DatedReport.at(t, i, next, s));
        }
        if ((w.startsWith("writ") || w.equals("wrote")) && (objects.writtenWorkOnly(t, next, s)
                || WorkInProgress.gappedWork(lexicon, t, i, s) || WorkInProgress.manner(t, i, s))) {
            return false;
        }
        if (w.startsWith("advis")) {
            // "The league, which advises about 90 clubs,": a body's clients counted in its description, a service.
            boolean relative = NothingSaid.subjectRelative(t, i, s);
            return !objects.client(t, next, s, relative) && !((relative || t.get(i - 1).is("which")) && after != null
                    && (CountedObjects.counted(after) || Quantities.afterHedge(t, next, s.endToken()) > 0));
        }
        if ((w.startsWith("seek") || w.equals("sought")) && (ClaimedObjects.sought(t, next, s)
                || ClaimedObjects.effortBeforeSaying(t, next, s) || ClaimedObjects.effortSince(t, i, next, s) || after == null
                || PleaObject.commentSought(t, next, s)
                || after.closesSentence())) {
            // "sought nine years", "sought a sentence of three years": what a party asks a court for, no words; "is
            // seeking a 7% raise": a claim at the bargaining table. "a clause the lenders have sought." has its object
            // before it, a thing, and no one quotes words with "sought" after them.
            return false;
        }
        if (w.startsWith("pledg") && ClaimedObjects.sumPledged(t, next, s)) {
            return false;
        }
        if (w.startsWith("declar")) {
            return !objects.declaredAct(t, next, s, CueStage.titleCased(doc, s)) && !DeclaredResults.at(t, next, s);
        }
        if (w.startsWith("describ") && DescribedTopic.at(t, next, s)) {
            return false;
        }
        if (w.startsWith("confirm") && (ObjectSense.proclaimedWinner(t, next, s) || ClaimedObjects.eventBeforeSaying(t, next, s)
                || IdentifiedAs.at(t, next, s) || IdentifiedAs.agentFound(t, next, s))) {
            return false;
        }
        if (w.startsWith("respond")) {
            // "said it would respond “in a proportionate manner.”": an answer promised, an act to come, no words yet.
            return !objects.emergencyAnswered(t, next, s) && !(w.equals("respond") && i > s.firstToken()
                    && ModalsToCome.future(t.get(i - 1)));
        }
        if (w.equals("comment") && i > s.firstToken() && ModalsToCome.future(t.get(i - 1))
                && (after == null || after.closesSentence() || FunctionWords.SUBORDINATORS.contains(after.lower()))) {
            // "would comment once any appeal was decided", "will comment.": a comment promised, no words yet.
            return false;
        }
        Boolean position = positions.sense(t, i, w, after, s);
        if (position != null) {
            return position;
        }
        if (Refusals.REFUSALS.contains(w) && after != null && after.is("to") && next + 1 < s.endToken()
                && Refusals.UNSAID.contains(t.get(next + 1).lower())) {
            // "refused to say whether", "declined to answer questions": the refusal is the news, nothing was said.
            return false;
        }
        if ((w.startsWith("plead") || w.startsWith("admit")) && NothingSaid.pleaInTimeClause(t, i, next, s)) {
            return false;
        }
        if (w.startsWith("plead") && i > s.firstToken() && (PLEA_TO_COME.contains(t.get(i - 1).lower())
                || w.equals("plead") && ModalsToCome.contracted(t.get(i - 1)) || NothingSaid.subjectRelative(t, i, s))) {
            // "pleaded not guilty" enters a plea; "would plead not guilty", "he'll plead", "expected to plead" tells of
            // one to come ("he’d pleaded" is "had"), and "Renner, who has pleaded guilty," is background on a person.
            return false;
        }
        if (w.startsWith("expect") && (i > s.firstToken() && COMPARED.contains(t.get(i - 1).lower()) || ModalSenses.advice(t, i, next, s))) {
            return false;
        }
        if (w.startsWith("agree") || w.startsWith("expect")) {
            // "agreed on Saturday to cut output": the day is when, the infinitive what was agreed.
            int object = Refusals.afterDay(t, next, s.endToken());
            if (w.startsWith("agree") && Agreement.dealObject(t, object, s, doc.block(s.block()).kind() == Block.Kind.HEADLINE)) {
                return false;
            }
            return object >= s.endToken() || !t.get(object).is("to") || Agreement.jointCommitment(t, i, s);
        }
        if (w.startsWith("spok") || w.startsWith("speak")) {
            return SpokenTopic.spokeWithContent(t, next, s);
        }
        if (w.startsWith("inform") && Listeners.toldOfTopic(t, next, s.endToken(), true)
                || (w.startsWith("tell") || w.equals("told")) && after != null && (after.isCapitalized()
                        || FunctionWords.OBJECT_PRONOUNS.contains(after.lower())) && !quotationBefore(t, i, s)
                        && Listeners.toldOfTopic(t, next, s.endToken(), false)) {
            // "informed the Chancellor about the upcoming visit", "told Lund about the incident and ...": the listener
            // told of a topic, as "briefed", no words ("tell the truth about" has no listener; "“...,” Holm told
            // Lund about ..." has its words before).
            return false;
        }
        if (w.startsWith("recall") && (RecalledObjects.recalledEnvoy(t, next, s) || RecalledObjects.calledBackFrom(t, next, s)
                || after != null && CountedObjects.counted(after) || Quantities.afterHedge(t, next, s.endToken()) > 0
                || RecalledObjects.recalledGoods(t, next, s) || RecalledObjects.makerRecalls(t, i, next, s))) {
            // "recalled its ambassador for consultations", "recalled F Jo Lund from the farm team": called back, not
            // remembered; "recalled 40,000 vans", "is recalling about 900 kettles", "recalls inhalers over faulty valves": goods
            // counted or faulty, "Toymaker recalls wooden trains" a maker's, taken off the market.
            return false;
        }
        if (w.startsWith("refer") && after != null && (CountedObjects.counted(after) || ReferredMatters.passedOn(t, next, s))) {
            // "referred nine cases to the prosecutor", "referred the tender to the fraud office": files passed on, no
            // words ("referred further queries to the campaign" is left, as PolNeAR marks it).
            return false;
        }
        if (w.startsWith("dismiss") && ObjectSense.dismissedPerson(lexicon, t, next, s)) {
            // "had dismissed the depot manager": let go, nothing said.
            return false;
        }
        if (w.startsWith("apolog")) {
            // "apologized for" is its own cue; the bare verb needs its listener and then what it was for.
            return Listeners.apologyToListener(t, next, s.endToken());
        }
        if (w.startsWith("talk")) {
            // "talked to voters about health care", "talks openly about"; "talked to the pilots" is an action.
            return SpokenTopic.topicAfterGap(t, next, s.endToken()) > 0;
        }
        if (w.startsWith("attack") || w.startsWith("slam")) {
            return after == null || !AFTER_NOUN_OR_CRASH.contains(after.lower())
                    && !(w.startsWith("attack") && ConflictActs.attackAct(t, next, s));
        }
        if (w.startsWith("disput") && ConflictActs.landDisputed(t, next, s)) {
            return false;
        }
        if (w.startsWith("claim") || w.startsWith("charg")) {
            return after == null || !AFTER_NOUN.contains(after.lower())
                    && !(w.startsWith("claim") && (results.claimedResult(t, next, s) || ClaimedObjects.amountClaimed(t, i, s)
                            || ClaimedObjects.moneyClaimed(t, next, s) || ClaimedObjects.possessionClaimed(t, next, s)))
                    && !(w.startsWith("charg") && (RUSHED.contains(after.lower())
                            || ACCUSED.contains(after.lower()) && !quotationBefore(t, i, s)));
        }
        if (w.startsWith("call")) {
            return !calls.call(t, i, next, s);
        }
        if (WordsNotGiven.placeOfShout(t, i, next, s)) {
            return false;
        }
        if (w.startsWith("order")) {
            return CoordinatedOrder.directive(t, i, s);
        }
        if (w.startsWith("hail")) {
            // "hailed the vote as a win" praises; "hails from the north" and "within hailing distance" do not.
            return (after == null || !after.is("from") && !after.is("distance")) && !HailNoun.at(t, i, s);
        }
        if (w.startsWith("threat") && ThreateningThing.subject(lexicon, t, i, s)) {
            return false;
        }
        if ((w.startsWith("feel") || w.equals("felt")) && ExperienceSubject.before(t, i, s)) {
            return false;
        }
        if (w.startsWith("maintain") || w.startsWith("feel") || w.equals("felt")) {
            // "maintained that the server was secure", "felt they had won": a view. "maintained a lead", "maintains
            // close ties", "felt the need to", "felt squeezed": a state or a feeling, nothing asserted. Closing its
            // sentence ("The pier is safe, Holm maintained.") the verb has its clause before it.
            int end = w.startsWith("maintain") ? FindingSense.keptObjectEnd(t, next, s) : s.endToken();
            return after == null || after.closesSentence() || FindingSense.clauseFollows(doc, next, end, true)
                    || FindingSense.innocence(t, next, s);
        }
        if (w.startsWith("show") && FindingSense.stateSeen(t, i, next, s)) {
            return false;
        }
        if ((w.startsWith("show") || w.startsWith("find") || w.startsWith("found")) && ThingSubjects.priceMovement(t, i, s)) {
            // "Stocks showed little change", "Prices found support from reports that ...": a price moves; what it
            // found is the market's reason, whose source is another.
            return false;
        }
        if (ThingsFound.at(lexicon, t, i, s) || ThingsFound.inHeadline(doc, lexicon, i, s)) {
            return false;
        }
        if (w.startsWith("found") || w.startsWith("find") || w.startsWith("show")) {
            // "..., study finds" closes a headline without a period.
            boolean headlineEnd = after == null && doc.block(s.block()).kind() == Block.Kind.HEADLINE;
            return (after != null || headlineEnd) && FindingSense.closesAfterComma(doc.tokens, i, after, s)
                    || after != null && !REFLEXIVES.contains(after.lower()) && findings.reportsFinding(doc, i, next, s)
                    || after != null && WordsJudged.follows(t, next, s, lexicon);
        }
        return true;
    }

    /** A quotation mark within a few tokens before the cue at {@code i}: "“...,” Sarandon, 69, told MSNBC". */
    private static boolean quotationBefore(List<Token> t, int i, Sentence s) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - Windows.ASIDE_TOKENS); k--) {
            if (t.get(k).type() == Token.Type.QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** "Mr. Lund", "asked U.S. officials": token {@code k} is the period of a short abbreviation after {@code from}. */
    static boolean abbreviationPeriod(List<Token> t, int k, int from) {
        return t.get(k).is(".") && k > from && t.get(k - 1).text().length() <= 3;
    }

    /**
     * "moved that clause 6 be amended by adding the following subsection: ...": the words a motion adds to a bill are
     * its text, no one's statement; "ended by adding that" is left.
     */
    private static boolean amendedBy(List<Token> t, int i, Sentence s) {
        if (i - 2 < s.firstToken() || !t.get(i - 1).is("by")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(s.firstToken(), i - 1 - Windows.PHRASE_TOKENS); k--) {
            if (t.get(k).lower().startsWith("amend")) {
                return true;
            }
        }
        return false;
    }
}
