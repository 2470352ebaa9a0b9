package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A transcript or interview turn as its speaker's statement: its text from past its courtesies ({@link Courtesies}) to
 * the end of its last block ({@link TurnExtent}), ended before its own questions, a question's reported premise and
 * the chair's closing, and dropped when it says nothing ({@link EmptyTurns}); and which statements inside a turn are
 * the turn's own voice. The interview and transcript stages call it for each turn.
 */
final class Turns {

    /** A questioner's own voice before a cue: "I think", "we've heard", "you said", "many of us feel". */
    private static final Set<String> SELF = WordSet.of("i", "we", "you", "us");
    /**
     * The questioner as a premise's listener: "Paramedics tell me", "One of them told me"; "the board has told us" is the
     * board's word to the questioner's body, a premise.
     */
    private static final Set<String> TOLD_SELF = WordSet.of("me");
    /** The longest stage note set inside a turn: "(laughter and applause)". */
    private static final int NOTE_WORDS = 3;
    /** What may stand between a questioner's "I" and the cue: "I want to say", "we would like to say", "I have heard". */
    private static final Set<String> SELF_LEADS = WordSet.of("to", "want", "wanted", "wish", "like", "would", "have", "must");

    private Turns() {
    }

    /** The text from token {@code first} (after the label) to the end of block {@code last}, as a statement of {@code m}. */
    static void add(AttributionContext ctx, Mention m, int first, int blockIndex, int last, double confidence) {
        add(ctx, m, first, blockIndex, last, confidence, ":");
    }

    /** As {@link #add(AttributionContext, Mention, int, int, int, double)}, with the label's own cue ("Answered"). */
    static void add(AttributionContext ctx, Mention m, int first, int blockIndex, int last, double confidence, String cue) {
        int end = ctx.doc.block(last).end();
        // "Ms. Ada Lind (Harbourview):": a member labelled with her seat, who asserts before asking as an interviewer does not.
        boolean member = first - 2 >= 0 && ctx.tokens.get(first - 1).is(":") && ctx.tokens.get(first - 2).is(")");
        int contentStart = Courtesies.skip(ctx, ctx.tokens.get(first).start(), ctx.doc.block(blockIndex).end());
        if (contentStart >= ctx.doc.block(blockIndex).end()) {
            if (last == blockIndex) {
                return;
            }
            blockIndex++;
            contentStart = ctx.doc.block(blockIndex).start();
        }
        first = ctx.doc.tokenAtOrAfter(contentStart);
        int beforeQuestions = beforeQuestions(ctx.doc, contentStart, end);
        // "... That is what our investigation will find out. Rune, do you want to add something?": an answer handed on.
        boolean handedOn = beforeQuestions < end && handedOn(ctx.doc, beforeQuestions, end);
        int premise = beforeQuestions < end && last == blockIndex && !handedOn
                ? reportedPremise(ctx, first, ctx.doc.tokenAtOrAfter(beforeQuestions), false, member) : -1;
        if (premise < 0 && beforeQuestions < end && last == blockIndex && !handedOn
                && PassivePremise.add(ctx, first, ctx.doc.tokenAtOrAfter(beforeQuestions), blockIndex)) {
            return;
        }
        if (premise >= 0) {
            int afterPremise = Chars.skipSpace(ctx.doc.text, ctx.doc.sentenceAt(ctx.tokens.get(premise).start()).end(), end);
            if (afterPremise < beforeQuestions) {
                // "The board said the pier will close. I fish there every day. Will you appeal?": what the questioner
                // tells of their own after the premise is theirs.
                contentStart = afterPremise;
                first = ctx.doc.tokenAtOrAfter(contentStart);
            } else if (member) {
                // "Last night ten ambulances waited. The union says crews lost 30,000 hours. When will this end?": what
                // the member tells before the premises is the member's.
                int opening = reportedPremise(ctx, first, premise + 1, true, true);
                beforeQuestions = Chars.trimEnd(ctx.doc.text, contentStart, ctx.doc.sentenceAt(ctx.tokens.get(opening).start()).start());
                if (beforeQuestions <= contentStart) {
                    return;
                }
            } else {
                return;
            }
        }
        if (SpeakerColonStage.QUESTION_LABELS.contains(m.text().toLowerCase(Locale.ROOT))) {
            // "QUESTION (NAME, Outlet): ... It never did. Why ...?": the label names no speaker, so what the asker tells
            // of their own is no one's statement; only a premise naming its speaker, read above, is one.
            return;
        }
        boolean asks = beforeQuestions < end && !handedOn;
        end = asks ? AgentlessPremise.before(ctx.doc, contentStart, beforeQuestions) : beforeQuestions;
        int beforeBreak = beforeBreak(ctx.doc, contentStart, end);
        // "Good morning. The hearing is adjourned.": a courtesy before the closing says nothing either.
        boolean closes = beforeBreak < end;
        end = beforeBreak;
        while (end > contentStart && ".;".indexOf(ctx.doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > contentStart && !EmptyTurns.nothing(ctx, contentStart, first, end, asks, closes)) {
            int from = contentStart;
            for (Note note = stageNote(ctx, first, end); note != null; note = stageNote(ctx, note.close(), end)) {
                // "That is settled. (laughter) Settled here, I mean, ...": the note parts what was said in two.
                addPart(ctx, m, cue, from, ctx.tokens.get(note.open() - 1).start(), blockIndex, confidence);
                from = ctx.tokens.get(afterApology(ctx.tokens, note.close() + 1, end)).start();
            }
            addPart(ctx, m, cue, from, end, blockIndex, confidence);
        }
    }

    private static void addPart(AttributionContext ctx, Mention m, String cue, int start, int end, int blockIndex,
            double confidence) {
        Attribution a = new Attribution(Attribution.Source.HEADLINE, m, cue, start, end, blockIndex, confidence);
        ctx.content.finishType(a);
        ctx.add(a);
    }

    /** A stage note's opening and closing brackets, by token index. */
    private record Note(int open, int close) {
    }

    /**
     * "(laughter)", "(Applause)" between two sentences of a turn, from token {@code from} before {@code end}: its
     * brackets, or null; the note's words are lower case but for the first, at most {@link #NOTE_WORDS}, and words
     * follow it.
     */
    private static Note stageNote(AttributionContext ctx, int from, int end) {
        for (int k = Math.max(from, 1); k + 3 < ctx.tokens.size() && ctx.tokens.get(k).end() <= end; k++) {
            boolean square = ctx.tokens.get(k).is("[");
            if ((square || ctx.tokens.get(k).is("(")) && ctx.tokens.get(k - 1).closesSentence()) {
                int close = k + 1;
                // "(Applause)", "(Laughter and applause)", "[Inaudible]": the note's first word may be capitalised.
                while (close < ctx.tokens.size() && close - k <= NOTE_WORDS && (ctx.tokens.get(close).isLowerWord()
                        || close == k + 1 && ctx.tokens.get(close).isCapitalized())) {
                    close++;
                }
                if (close > k + 1 && close + 1 < ctx.tokens.size() && ctx.tokens.get(close).is(square ? "]" : ")")
                        && ctx.tokens.get(close + 1).end() <= end
                        && (ctx.tokens.get(close + 1).isWord() || square && Asides.isDash(ctx.tokens.get(close + 1)))) {
                    return new Note(k, close);
                }
            }
        }
        return null;
    }

    /**
     * "[Inaudible] — I am sorry — I said ...": a short apology set off by dashes after a note, whose words say nothing;
     * the index where the turn's words go on, {@code k} when no dash follows the note.
     */
    private static int afterApology(List<Token> tokens, int k, int end) {
        if (!Asides.isDash(tokens.get(k))) {
            return k;
        }
        for (int j = k + 1; j + 1 < tokens.size() && j - k <= NOTE_WORDS + 1 && tokens.get(j + 1).end() <= end; j++) {
            if (Asides.isDash(tokens.get(j))) {
                return j + 1;
            }
            if (!tokens.get(j).isWord()) {
                break;
            }
        }
        return k + 1;
    }

    /**
     * "MS. BERG: The pier is safe. We urge the board to reopen it.": the turn's speaker's own "I" or "we" inside the
     * turn is the turn itself, not a second statement beside it; so is a request made of the speaker ("Last month the
     * mayor asked us to close the gap."), and so is a document's naming ({@link #documentNaming}).
     */
    static boolean ownVoice(AttributionContext ctx, Attribution turn, Attribution inside) {
        return turn.source == Attribution.Source.HEADLINE && (":".equals(turn.cue) || WrittenAnswers.CUE.equals(turn.cue))
                && inside.mention != null
                && (FunctionWords.FIRST_PERSON_SUBJECTS.contains(inside.mention.text().toLowerCase(Locale.ROOT)) || ReportedRequests.ofSpeaker(ctx, inside)
                        || documentNaming(inside) || clientsPosition(ctx, turn, inside) || letMe(ctx, inside.mention));
    }

    /** "Let me begin by saying that", "Let us be clear that": the speaker's own voice, "Let" no one's name. */
    private static boolean letMe(AttributionContext ctx, Mention m) {
        int next = ctx.doc.tokenAtOrAfter(m.end());
        return m.text().equalsIgnoreCase("let") && next < ctx.tokens.size()
                && FunctionWords.FIRST_PERSON_WORDS.contains(ctx.tokens.get(next).lower());
    }

    /**
     * "MR. ROE: Chair, the Council accepts that the wait was too long.": a body named first in a turn, in the present
     * tense, is the party counsel speaks for; its position is the turn's own words, not a report beside them.
     */
    private static boolean clientsPosition(AttributionContext ctx, Attribution turn, Attribution inside) {
        if (inside.mention.kind() != SpeakerKind.ORGANIZATION || !inside.cue.toLowerCase(Locale.ROOT).endsWith("s")) {
            return false;
        }
        int first = ctx.doc.tokenAtOrAfter(turn.contentStart);
        int address = HandOvers.addressEnd(ctx.doc, first, ctx.doc.tokenAtOrAfter(turn.contentEnd));
        int opening = ctx.tokens.get(address < 0 ? first : address + 1).start();
        return inside.mention.start() == opening || inside.mention.start() > opening
                && FunctionWords.ARTICLES.contains(ctx.doc.text(opening, inside.mention.start()).strip().toLowerCase(Locale.ROOT));
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
        if (before != null && doc.tokens.get(before.endToken() - 1).is("?") && Courtesies.only(doc, s.start(), s.end())) {
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

    /**
     * "Dr. Oberg, you said in your annual report that the fund was empty.": "you" right after the address that opens its
     * sentence (or the turn, from token {@code from} after its label) is the one asked, whose words the premise gives;
     * not the questioner's own voice.
     */
    private static boolean addressedYou(AttributionContext ctx, int from, int you) {
        Sentence s = ctx.doc.sentenceAt(ctx.tokens.get(you).start());
        int opening = s == null ? from : Math.max(from, s.firstToken());
        return ctx.tokens.get(you).is("you") && you > opening && HandOvers.addressEnd(ctx.doc, opening, you) == you - 1;
    }

    /** Whether the questions in {@code [from, end)} are one, handing the floor to a colleague ({@link HandOvers#questionHandedOn}). */
    private static boolean handedOn(AnnotatedDocument doc, int from, int end) {
        Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, from, end) - 1);
        return s != null && Chars.skipSpace(doc.text, from, end) >= s.start() && HandOvers.questionHandedOn(doc, s.firstToken(), s.endToken());
    }

    /** Whether the block's last sentence is a question: "... When will the bus come back?". */
    static boolean endsAsking(AnnotatedDocument doc, Block b) {
        Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, b.start(), b.end()) - 1);
        return s != null && doc.tokens.get(s.endToken() - 1).is("?");
    }

    /**
     * "REPORTER: The board said on Friday that the pier will close. Will you appeal?": a question's premise that
     * reports another's words is that speaker's statement, found by the cue; the questioner asserts nothing of their
     * own there. "I think the pier is safe. Do you?" is the questioner's own and stays, and so is what was told to
     * the questioner ("told me"). In a {@code member}'s turn, labelled with the seat, "Dr. Oberg, you said that A" is the
     * witness's premise too. The premise's first cue if {@code firstOne}, else its last, or -1.
     */
    private static int reportedPremise(AttributionContext ctx, int from, int to, boolean firstOne, boolean member) {
        int premise = -1;
        for (int k = from + 1; k < to && (premise < 0 || !firstOne); k++) {
            Cue cue = ctx.cueAt[k];
            if (cue == null || cue.endToken() < ctx.tokens.size() && TOLD_SELF.contains(ctx.tokens.get(cue.endToken()).lower())
                    && !ctx.tokens.get(cue.endToken()).isCapitalized()) {
                // "Paramedics in my riding tell me they have stopped counting": what the questioner was told is their
                // own account.
                continue;
            }
            int subject = k - 1;
            // Past the auxiliaries, adverbs and contractions: "you’ve long said", "I have heard", "I want to say".
            while (subject > from && (FunctionWords.ADVERBS.contains(ctx.tokens.get(subject).lower())
                    || SELF_LEADS.contains(ctx.tokens.get(subject).lower())
                    || ctx.tokens.get(subject - 1).end() == ctx.tokens.get(subject).start())) {
                subject--;
            }
            if (!SELF.contains(ctx.tokens.get(subject).lower()) || member && addressedYou(ctx, from, subject)) {
                premise = k;
            }
        }
        return premise;
    }
}
