package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A transcript or interview turn as its speaker's statement: where it ends (over the unlabelled paragraphs after it,
 * before its own questions) and when it says nothing (a roster, a tally, a question's reported premise).
 */
final class Turns {

    /** A questioner's own voice before a cue: "I think", "we've heard", "you said", "many of us feel". */
    private static final Set<String> SELF = WordSet.of("i", "we", "you", "us");
    private static final Set<String> FIRST_PERSON = WordSet.of("i", "we");
    /** What may stand between a questioner's "I" and the cue: "I want to say", "we would like to say", "I have heard". */
    private static final Set<String> SELF_LEADS = WordSet.of("to", "want", "wanted", "wish", "like", "would", "have", "must");
    /** The words a chair's or guest's opening courtesy is made of; one of {@link #COURTESY_HEADS} must be there. */
    private static final Set<String> COURTESY = WordSet.of("good", "morning", "afternoon", "evening", "day", "hello",
            "thank", "thanks", "you", "dear", "colleagues", "friends", "ladies", "gentlemen", "and", "everyone", "all",
            "very", "much", "welcome", "greetings", "mr", "mrs", "ms", "madam", "sir", "president", "minister",
            "chairman", "prime", "goodbye", "bye", "see", "next", "week", "time", "soon", "tomorrow", "if", "i", "may", "add",
            "please", "for", "coming", "joining", "us", "being", "here", "excuse", "me", "witnesses", "members", "sorry", "to",
            "interrupt", "your", "listeners", "listening", "viewers", "watching", "audience");
    /** A courtesy needs one of these: "Thank you", "See you next week", "Goodbye", "colleagues" as a greeting. */
    private static final Set<String> COURTESY_HEADS = WordSet.of("good", "hello", "thank", "thanks", "dear", "welcome",
            "greetings", "goodbye", "bye", "see", "may", "colleagues", "excuse", "sorry");
    /** Words that open an address, a courtesy with no other head: "Mr President, colleagues.", "Madam Chair,". */
    private static final Set<String> ADDRESS = WordSet.of("mr", "mrs", "ms", "madam", "sir", "colleagues", "friends", "ladies");
    private static final int COURTESY_MAX_WORDS = 9;
    /** The longest name a label line holds alone: "Ana Lucia Vidal Ortiz". */
    private static final int NAME_ALONE_WORDS = 4;
    /** What a questioner's opener calls the question it announces: "A follow-up.", "One last question.". */
    static final Set<String> QUESTION_NOUNS = WordSet.of("question", "follow-up", "followup", "clarification");

    private Turns() {
    }

    /** The text from token {@code first} (after the label) to the end of block {@code last}, as a statement of {@code m}. */
    static void add(AttributionContext ctx, Mention m, int first, int blockIndex, int last, double confidence) {
        add(ctx, m, first, blockIndex, last, confidence, ":");
    }

    /** As {@link #add(AttributionContext, Mention, int, int, int, double)}, with the label's own cue ("Answered"). */
    static void add(AttributionContext ctx, Mention m, int first, int blockIndex, int last, double confidence, String cue) {
        int end = ctx.doc.block(last).end();
        int contentStart = afterCourtesies(ctx, ctx.tokens.get(first).start(), ctx.doc.block(blockIndex).end());
        if (contentStart >= ctx.doc.block(blockIndex).end()) {
            if (last == blockIndex) {
                return;
            }
            blockIndex++;
            contentStart = ctx.doc.block(blockIndex).start();
        }
        first = ctx.doc.tokenAtOrAfter(contentStart);
        int beforeQuestions = beforeQuestions(ctx.doc, contentStart, end);
        int premise = beforeQuestions < end && last == blockIndex
                ? reportedPremise(ctx, first, ctx.doc.tokenAtOrAfter(beforeQuestions)) : -1;
        if (premise >= 0) {
            // "The board said the pier will close. I fish there every day. Will you appeal?": what the questioner
            // tells of their own after the premise is theirs.
            contentStart = Chars.skipSpace(ctx.doc.text, ctx.doc.sentenceAt(ctx.tokens.get(premise).start()).end(), end);
            if (contentStart >= beforeQuestions) {
                return;
            }
            first = ctx.doc.tokenAtOrAfter(contentStart);
        }
        boolean asks = beforeQuestions < end;
        end = beforeQuestions;
        int beforeBreak = beforeBreak(ctx.doc, contentStart, end);
        // "Good morning. The hearing is adjourned.": a courtesy before the closing says nothing either.
        boolean closes = beforeBreak < end;
        end = beforeBreak;
        while (end > contentStart && ".;".indexOf(ctx.doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > contentStart && hasLetter(ctx.doc.text, contentStart, end) && !roster(ctx, first, end) && !nameAlone(ctx, first, end)
                && !(asks && (topicOnly(ctx, first, end) || topicLeadIn(ctx, first, ctx.doc.tokenAtOrAfter(end))))
                && !((asks || closes) && courtesyOnly(ctx.doc, contentStart, end))
                && !AgendaMoves.only(ctx.doc, first, ctx.doc.tokenAtOrAfter(end))) {
            Attribution a = new Attribution(Attribution.Source.HEADLINE, m, cue, contentStart, end, blockIndex, confidence);
            ctx.content.finishType(a);
            ctx.add(a);
        }
    }

    /**
     * "MS. BERG: The pier is safe. We urge the board to reopen it.": the turn's speaker's own "I" or "we" inside the
     * turn is the turn itself, not a second statement beside it; so is a request made of the speaker ("Last month the
     * mayor asked us to close the gap."), and so is a document's naming ({@link #documentNaming}).
     */
    static boolean ownVoice(AttributionContext ctx, Attribution turn, Attribution inside) {
        return turn.source == Attribution.Source.HEADLINE && (":".equals(turn.cue) || WrittenAnswers.CUE.equals(turn.cue))
                && inside.mention != null
                && (FIRST_PERSON.contains(inside.mention.text().toLowerCase(Locale.ROOT)) || ReportedRequests.ofSpeaker(ctx, inside)
                        || documentNaming(inside));
    }

    /**
     * "DR. OKO: ... The plan calls that an efficiency. I call it a closure.": a document names nothing; the turn's
     * speaker says what it amounts to.
     */
    private static boolean documentNaming(Attribution inside) {
        return inside.mention.kind() == SpeakerKind.DOCUMENT && inside.cue.toLowerCase(Locale.ROOT).startsWith("call");
    }

    /**
     * "SEN. HOLM: Was the pier ever inspected?": a question put to someone is no statement (the guideline), and a
     * turn that asserts and then asks ("The pier is closed. Who closed it?") ends before its questions. A quoted
     * question ('people ask me, “Why?”') is the speaker's report and stays. A courtesy before the
     * question ("Thank you, Chair. How many ...?") says nothing either.
     */
    private static int beforeQuestions(AnnotatedDocument doc, int contentStart, int end) {
        Sentence s = doc.sentenceAt(end - 1);
        int gap = s == null ? contentStart : Chars.trimEnd(doc.text, contentStart, s.start());
        Sentence before = gap > contentStart ? doc.sentenceAt(gap - 1) : null;
        if (before != null && doc.tokens.get(before.endToken() - 1).is("?") && courtesyOnly(doc, s.start(), s.end())) {
            // "And the budget? Mr Annenkov, please.": the question's address goes with it.
            s = before;
            end = before.end();
        }
        while (end > contentStart && s != null && doc.tokens.get(s.endToken() - 1).is("?")) {
            end = Chars.trimEnd(doc.text, contentStart, Math.max(contentStart, s.start()));
            s = end > contentStart ? doc.sentenceAt(end - 1) : null;
        }
        return end;
    }

    /**
     * "CHAIR: For the record, the panel learned of the leak from the press. The hearing is adjourned.": the chair's
     * closing procedure after what the turn says is no part of it (see {@link SittingOrders}).
     */
    private static int beforeBreak(AnnotatedDocument doc, int contentStart, int end) {
        for (Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, contentStart, end) - 1); s != null && s.start() > contentStart
                && SittingOrders.only(doc, s.firstToken(), s.endToken()); s = doc.sentenceAt(end - 1)) {
            end = Chars.trimEnd(doc.text, contentStart, s.start());
        }
        return end;
    }

    /** Whether the block's last sentence is a question: "... When will the bus come back?". */
    static boolean endsAsking(AnnotatedDocument doc, Block b) {
        Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, b.start(), b.end()) - 1);
        return s != null && doc.tokens.get(s.endToken() - 1).is("?");
    }

    /**
     * "REPORTER: The board said on Friday that the pier will close. Will you appeal?": a question's premise that
     * reports another's words is that speaker's statement, found by the cue; the questioner asserts nothing of their
     * own there. "I think the pier is safe. Do you?" is the questioner's own and stays. The premise's last cue, or -1.
     */
    private static int reportedPremise(AttributionContext ctx, int from, int to) {
        int premise = -1;
        for (int k = from + 1; k < to; k++) {
            if (ctx.cueAt[k] == null) {
                continue;
            }
            int subject = k - 1;
            // Past the auxiliaries, adverbs and contractions: "you’ve long said", "I have heard", "I want to say".
            while (subject > from && (FunctionWords.ADVERBS.contains(ctx.tokens.get(subject).lower())
                    || SELF_LEADS.contains(ctx.tokens.get(subject).lower())
                    || ctx.tokens.get(subject - 1).end() == ctx.tokens.get(subject).start())) {
                subject--;
            }
            if (!SELF.contains(ctx.tokens.get(subject).lower())) {
                premise = k;
            }
        }
        return premise;
    }

    /**
     * "Nordland: Ada Berg, Tor Vik, Ola Lund.": three or more names and nothing else after a label are a list of
     * people, not what the label said.
     */
    private static boolean roster(AttributionContext ctx, int from, int end) {
        int commas = 0;
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(",")) {
                commas++;
            } else if (t.isWord() ? !t.isCapitalized() && !t.is("and") : !t.is(".") && !t.is("-")) {
                return false;
            }
        }
        return commas >= 2;
    }

    /**
     * "Arbitrator: Joan Pell", "Photographs: Ada Lind": a label line over a name alone, with no full stop, says who
     * holds the role, not what anyone said.
     */
    private static boolean nameAlone(AttributionContext ctx, int from, int end) {
        if (end < ctx.doc.text.length() && ctx.doc.text.charAt(end) != '\n') {
            return false;
        }
        int words = 0;
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() || ++words > NAME_ALONE_WORDS) {
                return false;
            }
        }
        return words >= 2;
    }

    /**
     * "Reports. Mr Brekke, what has the Ministry done since?": one word before the turn's question names what it asks
     * about, as "And the budget?" does; "A follow-up. Will you appeal?", "One more question." only announce the question.
     * Nothing is asserted.
     */
    private static boolean topicOnly(AttributionContext ctx, int from, int end) {
        int words = 0;
        boolean announces = false;
        int k = from;
        for (; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            words += t.isWord() ? 1 : 0;
            announces |= QUESTION_NOUNS.contains(t.lower());
        }
        return words == 1 || announces && AgendaMoves.topic(ctx.doc, from, k);
    }

    /**
     * "TOM REYES: Let's talk about the dam. It was due in 2031. Will it open?": a lead-in that opens by setting the
     * question's topic is the host's narration; one in the questioner's own voice ("let us start with the floods. In
     * May I was in Dunrath and saw ...") is what the questioner says.
     */
    private static boolean topicLeadIn(AttributionContext ctx, int from, int to) {
        if (!AgendaMoves.opensTopic(ctx.doc, from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (FIRST_PERSON.contains(ctx.tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Clinton: 547." is a tally, not a turn. */
    private static boolean hasLetter(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A turn goes on over the unlabelled paragraphs after it when another turn soon follows them: "PENCE: ..." and two
     * more paragraphs of his answer before "WALLACE: ...". A subhead or stage note ("(CROSSTALK.)") ends it; so does
     * the transcript's end, after which the text is the writer's again, and so does a long gap before the next
     * label, which is the writer's narration between two quoted exchanges, unless the speaker's own voice fills it
     * (see {@link #speech}).
     */
    static int lastBlock(AnnotatedDocument doc, BitSet labelled, int block, Mention speaker) {
        int next = labelled.nextSetBit(block + 1);
        // A label over a line of a few words is a subhead ("Kasich: Now or never."), the text under it the writer's;
        // a turn that opens with a courtesy ("Putin: Good afternoon, colleagues.") goes on under it.
        Block b = doc.block(block);
        if (PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                && !courtesyOnly(doc, doc.text.indexOf(':', b.start()) + 1, b.end())) {
            return block;
        }
        if (next < 0 || next - block > Windows.TURN_CONTINUATION_BLOCKS) {
            return speech(doc, block, next < 0 ? doc.blocks.size() : next, speaker);
        }
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH) {
            last++;
        }
        return last;
    }

    /**
     * "President Ada Holm: Good evening, friends! ¶ Every year we ... ¶ I congratulate you ... ¶ (The President then
     * presented the awards.)": a speech or a long answer runs to the next label, a heading, a stage note in brackets
     * or the end of the text when every paragraph up to there is in its speaker's voice ("I", "we", no quotation
     * marks, not the speaker's surname, which the writer's lines about them use); else it is its label's paragraph.
     */
    private static int speech(AnnotatedDocument doc, int block, int next, Mention speaker) {
        String surname = Name.lastWord(Name.words(speaker.text()));
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !stageNote(doc, doc.block(last + 1))) {
            Block b = doc.block(++last);
            if (doc.isRelated(last)
                    || PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                    || !ownVoice(doc, b, surname)) {
                return block;
            }
        }
        return last;
    }

    /** "(The President then presented the awards.)": the writer's note between two turns. */
    private static boolean stageNote(AnnotatedDocument doc, Block b) {
        String text = doc.text(b.start(), b.end()).strip();
        return text.startsWith("(") && text.endsWith(")");
    }

    /** Whether the paragraph speaks as "I" or "we" ("our", "my") with no quotation and no mention of the speaker's surname. */
    private static boolean ownVoice(AnnotatedDocument doc, Block b, String surname) {
        boolean own = false;
        for (int t = doc.tokenAtOrAfter(b.start()); t < doc.tokens.size() && doc.tokens.get(t).start() < b.end(); t++) {
            Token token = doc.tokens.get(t);
            if (token.type() == Token.Type.QUOTE || token.lower().equals(surname)) {
                return false;
            }
            own |= FunctionWords.FIRST_PERSON_WORDS.contains(token.lower());
        }
        return own;
    }

    /**
     * As {@link #lastBlock}, for an answer of the one questioned: the last answer goes on over the paragraphs that end
     * the document ("Answer: We have taken note ... ¶ The facts are as follows. ... ¶ We are ready to ..."), a
     * press release's comment answered at length; not over a sign-off of a few words ("Thank you, that is all for
     * today."), nor over the writer's lines about the one answered ("Holm, 47, is the city's first ..."), nor over
     * paragraphs with no "I" or "we" in them.
     */
    static int lastAnswerBlock(AnnotatedDocument doc, BitSet labelled, int block, Mention speaker) {
        int last = lastBlock(doc, labelled, block, speaker);
        int end = doc.blocks.size();
        if (last != block || labelled.nextSetBit(block + 1) >= 0 || end - block - 1 > Windows.TURN_CONTINUATION_BLOCKS) {
            return last;
        }
        String surname = Name.lastWord(Name.words(speaker.text()));
        boolean ownVoice = false;
        for (int b = block + 1; b < end; b++) {
            Block next = doc.block(b);
            if (next.kind() != Block.Kind.PARAGRAPH || doc.isRelated(b)
                    || PageFurniture.wordCount(doc.text, next.start(), next.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS) {
                return block;
            }
            for (int t = doc.tokenAtOrAfter(next.start()); t < doc.tokens.size() && doc.tokens.get(t).start() < next.end(); t++) {
                String word = doc.tokens.get(t).lower();
                if (word.equals(surname)) {
                    return block;
                }
                ownVoice |= FunctionWords.FIRST_PERSON_WORDS.contains(word);
            }
        }
        return ownVoice ? end - 1 : block;
    }

    /**
     * Where a turn's words start in {@code text[from, to)}: after a line that is only a courtesy ("Good afternoon,
     * colleagues." says nothing, what the speaker says is in the paragraphs under it), else past its opening
     * acknowledgements ("Good. ", "If I may add, Mr President. ") and an address before a comma ("Mr President, we
     * ..."). A greeting before what is said ("Good afternoon. The reform ...", "Thank you, Madam Chair. Our
     * investigation ...") opens the statement. {@code to} when the line says nothing.
     */
    private static int afterCourtesies(AttributionContext ctx, int from, int to) {
        AnnotatedDocument doc = ctx.doc;
        if (courtesyOnly(doc, from, to)) {
            return to;
        }
        Sentence s = doc.sentenceAt(from);
        while (s != null && s.end() < to && acknowledgement(doc, from, s.end())) {
            from = Chars.skipSpace(doc.text, s.end(), to);
            s = doc.sentenceAt(from);
        }
        // Within the sentence: a search to the text's end made a long text of turns without commas quadratic.
        int comma = s == null ? -1 : Chars.indexOf(doc.text, ',', from, s.end());
        return comma > from && address(ctx, from, comma) ? Chars.skipSpace(doc.text, comma + 1, to) : from;
    }

    /** "Good.", "If I may.", "If I may add, Mr President.", "Mr President.": a sentence of courtesy that greets no one. */
    private static boolean acknowledgement(AnnotatedDocument doc, int from, int to) {
        int first = doc.tokenAtOrAfter(from);
        if (first >= doc.tokens.size() || !courtesyOnly(doc, from, to)) {
            return false;
        }
        String word = doc.tokens.get(first).lower();
        return ADDRESS.contains(word) || "if".equals(word)
                || "good".equals(word) && first + 1 < doc.tokens.size() && !doc.tokens.get(first + 1).isWord();
    }

    /**
     * "Mr President," or a caller's first name ("Lena,") before what is said; not "If I may, sir, because ...", whose
     * clause goes on.
     */
    private static boolean address(AttributionContext ctx, int from, int to) {
        AnnotatedDocument doc = ctx.doc;
        int first = doc.tokenAtOrAfter(from);
        if (first >= doc.tokens.size()) {
            return false;
        }
        Token word = doc.tokens.get(first);
        return ADDRESS.contains(word.lower()) && courtesyOnly(doc, from, to)
                || word.end() == to && word.isCapitalized() && Lexicon.get().isFirstName(word.lower())
                // "Brand, the dredging.": a surname calls on its bearer, which says nothing; only a first name is cut.
                && !ctx.isSurnameOfFullName(word.lower());
    }

    /**
     * Whether {@code text[from, to)} is only an opening or closing courtesy: "Good afternoon, colleagues.", "Thank you,
     * Mr President.", "Dear friends," (names allowed after its first word), an address ("Mr President, colleagues."),
     * "Thank you. See you next week.", and nothing else.
     */
    static boolean courtesyOnly(AnnotatedDocument doc, int from, int to) {
        if (from <= 0 || from >= to) {
            return false;
        }
        int words = 0;
        int first = doc.tokenAtOrAfter(from);
        boolean head = first < doc.tokens.size() && ADDRESS.contains(doc.tokens.get(first).lower());
        for (int t = first; t < doc.tokens.size() && doc.tokens.get(t).start() < to; t++) {
            Token token = doc.tokens.get(t);
            if (!token.isWord()) {
                continue;
            }
            boolean name = words > 0 && token.isCapitalized();
            if (++words > COURTESY_MAX_WORDS || !COURTESY.contains(token.lower()) && !name) {
                return false;
            }
            head |= COURTESY_HEADS.contains(token.lower());
        }
        return head;
    }
}
