package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A quotation paired with its speaker and cue ({@link QuoteCueStage}, {@link LeadInStage}) made a statement: where it
 * starts and ends (the words before it in its clause, a cue that interrupts it), and a lead-in's content cut before a
 * quotation that is a statement of its own.
 */
final class QuotedStatements {

    /** Words that open a narrator's clause before a speaker: "So when ..., X said", "As for ..., X said". */
    private static final Set<String> NARRATION_OPENERS = WordSet.of("so", "as", "if", "then", "asked", "speaking");

    private QuotedStatements() {
    }

    /**
     * 'Mosman saw it differently: “Q,” he said', 'Neither man was impressed - “Q,” Elkins said - but ...': the
     * narration before a colon, a dash or a bracket that opens the quotation is the writer's, not the speaker's.
     */
    private static boolean afterLeadIn(AttributionContext ctx, Quote q) {
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0) {
            return false;
        }
        String before = ctx.tokens.get(opening - 1).text();
        return before.equals(":") || before.equals("(") || FunctionWords.DASHES.contains(before) || before.equals("--");
    }

    /**
     * 'Rhimes declared the need for drive: “Change the world,” she said': once the quotation is a statement of
     * its own, the lead-in verb's content ends before the colon or dash that opens it. Returns {@code a}
     * unchanged when no such quotation lies inside it, and null when nothing but the verb's object is left.
     */
    static Attribution beforeQuotedStatement(AttributionContext ctx, Attribution a) {
        int from = ctx.tokenAtOrAfter(a.contentStart) + 1;
        for (int k = from; k + 1 < ctx.tokens.size() && ctx.tokens.get(k + 1).start() < a.contentEnd; k++) {
            String t = ctx.tokens.get(k).text();
            if (!(t.equals(":") || FunctionWords.DASHES.contains(t) || t.equals("--"))
                    || ctx.tokens.get(k + 1).type() != Token.Type.QUOTE || !startsStatement(ctx, ctx.tokens.get(k + 1).start())) {
                continue;
            }
            if (ctx.cueEndingAt[k - 1] != null) {
                // 'Trump said he responded: “Q”': the lead-in is a statement reported inside this one.
                return a;
            }
            // 'McCaskill scolded him: “Q,” she said': only the one addressed is left, and the quotation says it all.
            return k - from + 1 < Windows.MIN_CONTENT_TOKENS ? null
                    : new Attribution(a.source, a.mention, a.cue, a.contentStart, ctx.tokens.get(k - 1).end(), a.block, a.confidence);
        }
        return a;
    }

    private static boolean startsStatement(AttributionContext ctx, int at) {
        for (Attribution o : ctx.near(at, at + 1)) {
            if (o.contentStart == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * 'Y, X said, “q ...” ...': the speaker and cue stand between commas after words of the same sentence that
     * hold no quotation, and a quotation that goes on with a small letter follows the cue's comma. A quotation
     * before the speaker makes it an interrupted quotation instead ({@link InterruptedQuotation}); an adverbial or a clause
     * before the speaker ("On Tuesday, X said", "Asked about it, X said", "So when ..., X said") is the
     * narrator's.
     */
    private static boolean interrupts(AttributionContext ctx, Sentence s, Quote q, Mention m) {
        int speaker = ctx.tokenAtOrAfter(m.start());
        int opening = ctx.tokenAtOrAfter(q.start());
        Token first = ctx.tokens.get(s.firstToken());
        if (m.end() > q.start() || speaker <= s.firstToken() + 1 || !ctx.tokens.get(speaker - 1).is(",")
                || !ctx.tokens.get(opening - 1).is(",") || !QuotedTitle.opensInLowerCase(ctx, opening)
                || FrontedAdverbials.frontedOpener(first) || FunctionWords.COORDINATORS.contains(first.lower())
                || NARRATION_OPENERS.contains(first.lower()) || first.lower().endsWith("ing") || first.lower().endsWith("ed")
                || OpeningAdverbials.subjectStart(ctx.tokens, s.firstToken(), speaker) == speaker) {
            return false;
        }
        for (int k = s.firstToken(); k < speaker; k++) {
            if (ctx.tokens.get(k).type() == Token.Type.QUOTE || ctx.doc.quoteAt(ctx.tokens.get(k).start()) != null) {
                return false;
            }
        }
        return true;
    }

    /** Attributes the quotation to {@code m} and marks the cue as paired; false when its text is taken. */
    static boolean addQuote(AttributionContext ctx, Quote q, Mention m, Cue cue, int block, double confidence) {
        if (!addQuote(ctx, q, m, cue.text(), block, confidence)) {
            return false;
        }
        ctx.used.add(cue);
        return true;
    }

    /**
     * Where the clause of the words before quotation {@code q} opens: past a semicolon that closes another clause
     * ("Pool to close; 'I learned to swim here,' mother says"), within {@code Windows.ADJUNCT_BEFORE_QUOTE_TOKENS}
     * before the quotation; the sentence's start otherwise.
     */
    private static int clauseStart(AttributionContext ctx, Sentence s, Quote q) {
        int opening = ctx.tokenAtOrAfter(q.start());
        for (int k = opening - 1; k >= s.firstToken() && k >= opening - Windows.ADJUNCT_BEFORE_QUOTE_TOKENS; k--) {
            if (ctx.tokens.get(k).is(";")) {
                return k + 1 == opening ? q.start() : ctx.tokens.get(k + 1).start();
            }
        }
        return s.start();
    }

    static boolean addQuote(AttributionContext ctx, Quote q, Mention m, String cue, int block, double confidence) {
        int start = q.start();
        int end = q.end();
        Sentence s = ctx.doc.sentenceAt(q.start());
        int sentenceEnd = s == null ? -1 : ctx.content.endToken(s);
        if (s != null && m.start() > q.end() && Parenthetical.asideEnd(ctx, ctx.tokenAtOrAfter(m.end()), sentenceEnd) > 0) {
            // '“Only you,” she said, would use the occasion ...': the cue interrupts one clause, which is all said.
            start = s.start();
            end = ctx.tokens.get(sentenceEnd - 1).end();
        } else if (s != null && s.start() < q.start() && m.start() > q.end() && !afterLeadIn(ctx, q)) {
            // 'The plan was "a betrayal," Brandt said': the words before the quotation belong to the statement.
            start = clauseStart(ctx, s, q);
        } else if (s != null && interrupts(ctx, s, q, m)) {
            // 'The club's investment, Ms. Tanzer said, “is a perfect example” of adapting': one clause around the cue.
            start = s.start();
            end = Math.max(q.end(), ctx.tokens.get(sentenceEnd - 1).end());
        }
        if (ctx.covered(start, end)) {
            return false;
        }
        Attribution a = new Attribution(Attribution.Source.QUOTE_CUE, m, cue, start, end, block, confidence);
        a.type = start != q.start() || end != q.end() ? StatementType.MIXED : StatementType.DIRECT;
        ctx.add(a);
        return true;
    }
}
