package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A statement's content over the tokens a pattern found it on: where it ends (closing punctuation, an outer bracket, a
 * quotation that runs on), whether it is one at all (too short, or a lead-in whose statements are the lines that
 * follow), and its type from the quotations inside it. One per document, on its {@link AttributionContext}.
 */
final class StatementContent {

    private final AnnotatedDocument doc;
    private final List<Token> tokens;
    private final Cue[] cueAt;

    StatementContent(AnnotatedDocument doc, Cue[] cueAt) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.cueAt = cueAt;
    }

    /**
     * Index just past the last content token: drops closing punctuation outside quotations, and the bracket that
     * closes a whole sentence set in brackets ("(The pier was safe, Tovar said.)").
     */
    int endToken(Sentence s) {
        int end = s.endToken();
        // A punctuation token is one character: its type is read first, and that character.
        while (end > s.firstToken() && tokens.get(end - 1).type() == Token.Type.PUNCT
                && (".!?…;".indexOf(tokens.get(end - 1).text().charAt(0)) >= 0 || outerBracket(s, end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Whether the ")" at token {@code k} closes a bracket opened at the sentence's first token or before it: none
     * opens inside ("Tovar (the pier's owner) said it."). The scan back runs once per closing bracket.
     */
    private boolean outerBracket(Sentence s, int k) {
        if (!tokens.get(k).is(")")) {
            return false;
        }
        for (int j = k - 1; j > s.firstToken(); j--) {
            if (tokens.get(j).is("(")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "...; director blames staffing", "exporters warn of losses": headlinese drops the article, so a headline's
     * one lower-case word is a whole object ("warns Congress" names the one warned), ending the line or its clause.
     */
    private boolean headlineObject(int fromToken, int toToken, Sentence s) {
        if (toToken - fromToken != 1) {
            // No content at all: a lead-in's colon may end the text, and there is no token after it to read.
            return false;
        }
        Token t = tokens.get(fromToken);
        return t.isLowerWord() && doc.block(s.block()).kind() == Block.Kind.HEADLINE
                && (toToken == s.endToken() || tokens.get(toToken).is(";"));
    }

    /** A statement over tokens {@code [fromToken, toToken)} of sentence {@code s}, or null when it is none. */
    Attribution statement(Attribution.Source source, Mention m, Cue cue, int fromToken, int toToken, Sentence s,
            double confidence) {
        int participle = participleLeadIn(fromToken, toToken, s);
        if (participle > 0) {
            // "set out the position of the Tervonian side, stating in particular:": the participle leads in the lines
            // that follow; the verb's own object before it is said.
            toToken = participle;
        }
        if (toToken - fromToken < Windows.MIN_CONTENT_TOKENS && !Answers.only(tokens, fromToken, toToken)
                && !headlineObject(fromToken, toToken, s) && !DemandedNoun.only(tokens, cue, fromToken, toToken, endToken(s))
                || leadIn(fromToken, toToken, s) || StanceVerbs.wishedThing(tokens, cue, fromToken, toToken, endToken(s))
                || FunctionWords.DASHES.contains(tokens.get(fromToken).text()) || adjunctBeforeNextVerb(cue, fromToken, toToken)) {
            // Too short (but for an answer: "said yes.", or "called for restraint."), a lead-in ("... said on Monday:") whose statements are the lines that follow, or a
            // headline's dash and speaker.
            return null;
        }
        if (describedAs(cue, fromToken, toToken)) {
            fromToken++;
        }
        int start = tokens.get(fromToken).start();
        // A that-clause kept before its sentence's colon ends at its last word.
        int last = tokens.get(toToken - 1).is(":") && toToken == s.endToken() ? toToken - 2 : toToken - 1;
        return new Attribution(source, m, cue.text(), start, quotationEnd(start, tokens.get(last).end()),
                s.block(), confidence);
    }

    /**
     * "had written to the board twice and had received no answer": content cut before its speaker's next verb that is
     * only the cue's listener and a time says nothing, as "wrote to the board twice." does ({@link ReportedContent#trailing}).
     */
    private boolean adjunctBeforeNextVerb(Cue cue, int fromToken, int toToken) {
        return fromToken == cue.endToken() && fromToken + 1 < toToken && tokens.get(fromToken).is("to") && listener(tokens.get(fromToken + 1))
                && toToken < tokens.size() && (tokens.get(toToken).is("and") || tokens.get(toToken).is("but"))
                && ReportedContent.trailing(tokens, fromToken, toToken);
    }

    /** The first word after "to" of a listener ("to the board", "to Holm", "to us"), not an infinitive ("to keep"). */
    private static boolean listener(Token t) {
        return t.isCapitalized() || FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.lower()) || FunctionWords.OBJECT_PRONOUNS.contains(t.lower())
                || FunctionWords.DEMONSTRATIVES.contains(t.lower());
    }

    /**
     * "which she described as the worst in a decade", "what the club described as a knee strain": with its object
     * before it, the description is what follows "as" (the sets' convention, as "called X" gives X).
     */
    private boolean describedAs(Cue cue, int fromToken, int toToken) {
        return fromToken == cue.endToken() && toToken - fromToken > 1 && tokens.get(fromToken).is("as")
                && tokens.get(cue.endToken() - 1).lower().startsWith("describ");
    }

    /**
     * The comma before a participle of saying (and an adverbial of a few words) that closes content {@code [fromToken,
     * toToken)} with its sentence's colon ("..., stating in particular:", "..., noting:"), or -1.
     */
    private int participleLeadIn(int fromToken, int toToken, Sentence s) {
        if (toToken != s.endToken() || !tokens.get(toToken - 1).is(":")) {
            return -1;
        }
        for (int k = toToken - 2; k > fromToken + 1 && k >= toToken - 2 - Windows.ADVERB_RUN; k--) {
            if (tokens.get(k - 1).is(",") && cueAt[k] != null && tokens.get(k).lower().endsWith("ing")) {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * Content {@code [fromToken, toToken)} ending at a colon that ends its sentence introduces what follows, unless it
     * is a that-clause of its own ("Holm pointed out that the quay was never inspected:") that announces no list
     * ("... that the board has the following tasks:"), and no quotation or bullet list opens after the colon; or
     * content closed with a period that announces the list under it.
     */
    private boolean leadIn(int fromToken, int toToken, Sentence s) {
        if (!tokens.get(toToken - 1).is(":") || toToken != s.endToken()) {
            // "... set out the following priorities." closed with a period over the list it names.
            return toToken == endToken(s) && PresentingLeadIn.announcesList(tokens, fromToken, s)
                    && PresentingLeadIn.listFollows(doc, s);
        }
        if (fromToken == 0 || !tokens.get(fromToken - 1).is("that")
                || toToken < tokens.size() && tokens.get(toToken).type() == Token.Type.QUOTE
                || s.block() + 1 < doc.blocks.size() && doc.block(s.block() + 1).kind() == Block.Kind.BULLET) {
            return true;
        }
        for (int k = fromToken; k < toToken; k++) {
            if (tokens.get(k).is("following")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where content {@code [start, end)} ends when a quotation it opens runs on: 'Ryan said, “Look. Candidates
     * should know that.”' is one statement, however many sentences or paragraphs the quotation has.
     */
    private int quotationEnd(int start, int end) {
        for (int i = doc.firstQuoteEndingAfter(end); i < doc.quotes.size(); i++) {
            Quote q = doc.quotes.get(i);
            if (q.start() >= end) {
                break;
            }
            if (q.start() >= start) {
                return q.end();
            }
        }
        return end;
    }

    /** Sets the type from the quotations inside the content, unless a pattern already knows it. */
    void finishType(Attribution a) {
        if (a.type != null) {
            return;
        }
        boolean any = false;
        for (int i = doc.firstQuoteEndingAfter(a.contentStart); i < doc.quotes.size(); i++) {
            Quote q = doc.quotes.get(i);
            if (q.start() >= a.contentEnd) {
                break;
            }
            if (q.start() <= a.contentStart && q.end() >= a.contentEnd) {
                a.type = StatementType.DIRECT;
                return;
            }
            any = true;
        }
        a.type = any ? StatementType.MIXED : StatementType.INDIRECT;
    }
}
