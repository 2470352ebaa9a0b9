package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Direct quotations next to their cue: "Q," X said / "Q," said X / X said: "Q" / X said on Sunday: "Q" / Said X: "Q" /
 * "Q" ― X. Runs before reported speech, which does not reuse a cue paired here.
 */
public final class QuoteCueStage implements Stage {

    private static final Set<String> TITLE_MARKERS = WordSet.of("of", "on", "in", "at", "from", "titled", "entitled",
            "named", "dubbed");
    private static final Set<String> RELATIVES = WordSet.of("which", "who", "whom", "whose", "that", "when", "while",
            "because", "where");
    private final Lexicon lexicon;
    private final SpeakerPhrases speakers;
    private final QuestionCue questions;
    private final CueThenQuote cueThenQuote;

    public QuoteCueStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.speakers = new SpeakerPhrases(lexicon);
        this.questions = new QuestionCue(lexicon);
        this.cueThenQuote = new CueThenQuote(lexicon, speakers);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        for (Quote q : doc.quotes) {
            if (isTitle(ctx, q) || QuotedTitle.afterWork(ctx, q, lexicon)) {
                continue;
            }
            int after = ctx.tokenAtOrAfter(q.end());
            int closing = after - 1;
            if (after < ctx.tokens.size() && (ctx.sameSentence(closing, after) || questions.cueOfNextSentence(ctx, q, after))
                    && quoteThenCue(ctx, q, after)) {
                continue;
            }
            cueThenQuote.pair(ctx, q, ctx.tokenAtOrAfter(q.start()));
        }
        ctx.sortByContent();
    }

    /**
     * 'on "Fox News Sunday,"', 'Lund’s “Harbour Days”': a quoted title, not a quotation of speech.
     * After a possessive a quotation that opens in lower case is words of the speaker's ('But Lund’s “plan has
     * failed,” Berg said').
     */
    private static boolean isTitle(AttributionContext ctx, Quote q) {
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0) {
            return false;
        }
        Token before = ctx.tokens.get(opening - 1);
        if (TITLE_MARKERS.contains(before.lower())) {
            // 'have engaged in “consistent activity that ...,” the lawsuit says': a title opens with a capital.
            return !QuotedTitle.opensInLowerCase(ctx, opening);
        }
        return Mentions.isPossessive(before.lower()) && !QuotedTitle.opensInLowerCase(ctx, opening);
    }

    private boolean quoteThenCue(AttributionContext ctx, Quote q, int i) {
        List<Token> tokens = ctx.tokens;
        Sentence sentence = ctx.sentenceOfToken(i);
        int end = sentence.endToken();
        if (insideClause(ctx, q, i)) {
            return false;
        }
        boolean colon = tokens.get(i).is(":");
        if (tokens.get(i).is(",") || colon) {
            i++;
        }
        if (i >= end || tokens.get(i).is(";")) {
            // "... its offer is 'the best'; union says ...": the semicolon closes the quotation's clause.
            return false;
        }
        int block = ctx.sentenceOfToken(i).block();
        if (FunctionWords.DASHES.contains(tokens.get(i).text()) && i + 1 < end) {
            // A signed quotation: "..." ― Jane Smith
            int npEnd = ctx.mentions.scanRight(i + 1, end);
            int lineEnd = ctx.content.endToken(ctx.sentenceOfToken(i));
            Mention m = npEnd == lineEnd || signatureRole(ctx, q, npEnd, lineEnd) ? ctx.mentions.build(i + 1, npEnd) : null;
            return m != null && QuotedStatements.addQuote(ctx, q, m, tokens.get(i).text(), block, 0.85);
        }
        Cue cue = ctx.cueAt[i];
        if (cue != null && cue.kind() == Lexicon.CueKind.VERB && !lexicon.isGerund(cue)) {
            int npEnd = ctx.mentions.scanRight(cue.endToken(), end);
            Mention m = withNameAfter(ctx, ctx.mentions.build(cue.endToken(), npEnd), npEnd, sentence);
            return m != null && !subjectOfClause(ctx, q, cue.endToken(), npEnd, end) && !NumberAgreement.bareBeforeSingular(lexicon, cue, m)
                    && QuotedStatements.addQuote(ctx, q, m, cue, block, 0.95);
        }
        // "Q," adviser to the regional head John Smith said: the speaker is everything up to the cue.
        int nameAfterRole = nameAfterRole(tokens, i, end);
        for (int k = i + 1; k < Math.min(end, i + Windows.SPEAKER_AFTER_QUOTE_TOKENS); k++) {
            Token t = tokens.get(k);
            // '"Q," passenger Tova Lind, 29, told': a role's lower-case words before the name open the speaker too.
            boolean roleBeforeName = nameAfterRole > 0 && k > nameAfterRole;
            if (t.is(",") && (tokens.get(i).isCapitalized() || roleBeforeName || FunctionWords.DETERMINERS.contains(tokens.get(i).lower()))) {
                return speakerWithAsides(ctx, q, i, k, sentence);
            }
            if (t.type() == Token.Type.QUOTE && !SubjectPhrase.possessiveMark(tokens, k) || t.is(",") || t.is(";") || Asides.isDash(t)) {
                // 'Holm - who said she would "sink" the ferry - said': a dash closes the aside the quotation stands in.
                return false;
            }
            if (k == i + 1 && FunctionWords.NP_BREAKERS.contains(tokens.get(i).lower())
                    || RELATIVES.contains(t.lower())) {
                return false;
            }
            cue = ctx.cueAt[k];
            if (cue != null && Answers.end(tokens, cue.endToken(), ctx.content.endToken(sentence)) > 0) {
                // 'Asked whether she “has the grit,” 75 percent of pilots said yes': the answer is what they said.
                return false;
            }
            if (cue != null && ObjectRelative.afterAntecedent(ctx, ClauseShapes.skipAdverbsLeft(tokens, k - 1, i), i)) {
                // '“Q,” a charge she called “untrue.”': the phrase after the quotation is the verb's object.
                return false;
            }
            if (cue != null && QuotedOpening.cueGoesOn(ctx, q, sentence, cue, lexicon)) {
                return false;
            }
            if (cue != null) {
                int npEnd = withoutParenthesis(tokens, i, ClauseShapes.skipAdverbsLeft(tokens, k - 1, i) + 1);
                Mention m = cue.kind() != Lexicon.CueKind.VERB ? null
                        : barePlural(tokens, i, npEnd) ? ctx.mentions.describe(i, npEnd) : ctx.mentions.build(i, npEnd);
                m = m == null && HeadlineQuote.bareSpeaker(ctx, cue, i, npEnd) ? ctx.mentions.describe(i, npEnd) : m;
                if (m != null && colon && ownWordsAfter(tokens, cue, end)) {
                    // "'We're staying put': Bakers say they will rebuild": the quotation is theirs, the cue's words its own.
                    return QuotedStatements.addQuote(ctx, q, m, "", block, 0.9);
                }
                return m != null && QuotedStatements.addQuote(ctx, q, m, cue, block, 0.95);
            }
        }
        return false;
    }

    /**
     * 'the ministry had "thrown away" the region's subsidies defending the quota': a few words quoted right after a
     * lower-case word of their clause that is no cue, ending in a word with no comma after them, go on with that clause;
     * what follows is its rest, not a speaker. A pronoun after them still speaks ('Conceding a deal “down the line” he
     * warned').
     */
    private static boolean insideClause(AttributionContext ctx, Quote q, int after) {
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0 || after >= ctx.tokens.size() || ctx.tokens.get(after).is(",") || q.end() - q.start() < 3) {
            return false;
        }
        Token before = ctx.tokens.get(opening - 1);
        return before.isLowerWord() && ctx.cueAt[opening - 1] == null && ctx.sameSentence(opening - 1, opening)
                && Character.isLetter(ctx.doc.text.charAt(q.end() - 2)) && ctx.tokens.get(after).isLowerWord()
                && !ctx.tokens.get(after).in(WordClass.SPEAKING_PRONOUN);
    }

    /**
     * Whether a clause of its own follows the cue, "that" or a finite verb within a few words: what the cue itself
     * reports ("say they will reopen"); a topic ("recount the sinking") is what the quotation tells of.
     */
    private static boolean ownWordsAfter(List<Token> tokens, Cue cue, int end) {
        int from = cue.endToken();
        for (int k = from; k < Math.min(end, from + Windows.BARE_CLAUSE_VERB_TOKENS) && tokens.get(k).isWord(); k++) {
            if (k == from && tokens.get(k).is("that") || FunctionWords.FINITE_AUXILIARIES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * '“Q,” contractors say': one lower-case plural noun between the quotation and its cue is the open group that says
     * it, as it is after reported words ("Q, contractors say"), though no list of groups holds it.
     */
    private static boolean barePlural(List<Token> tokens, int from, int to) {
        Token t = tokens.get(from);
        return to - from == 1 && t.isLowerWord() && t.lower().endsWith("s") && !t.lower().endsWith("ss")
                && !t.in(WordClass.NP_BREAKER) && !t.in(WordClass.DETERMINER);
    }

    /**
     * The name's first token after a role's lower-case words opening at {@code i}: any one word ("passenger Tova Lind")
     * or a few whose last is a role word ("guild president Tove Lind", not "outside the Tove Lind Hall"); -1 when none.
     */
    private int nameAfterRole(List<Token> tokens, int i, int end) {
        if (!tokens.get(i).isWord()) {
            return -1;
        }
        int last = Math.min(end - 1, i + Windows.ROLE_BEFORE_NAME_WORDS);
        for (int j = i; j < last; j++) {
            if (tokens.get(j + 1).isCapitalized()) {
                return j == i || lexicon.isRoleWord(tokens.get(j).lower()) ? j + 1 : -1;
            }
            if (!tokens.get(j + 1).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * '"Q" — Mara Lund, mayoral candidate': a short role after the signing name's comma, to the line's end, with no
     * quotation or cue of its own, when the quotation opens its sentence or follows a label's colon ("THE CLAIM:").
     * Inside a sentence ('a referendum — “No to Abuse” — for June 5, 2016') the dash is an aside's.
     */
    private static boolean signatureRole(AttributionContext ctx, Quote q, int comma, int lineEnd) {
        if (comma < 0 || comma >= lineEnd || !ctx.tokens.get(comma).is(",") || lineEnd - comma > Windows.SPEAKER_AFTER_QUOTE_TOKENS) {
            return false;
        }
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening > ctx.sentenceOfToken(opening).firstToken() && !ctx.tokens.get(opening - 1).is(":")) {
            return false;
        }
        for (int k = comma + 1; k < lineEnd; k++) {
            if (ctx.tokens.get(k).type() == Token.Type.QUOTE || ctx.cueAt[k] != null) {
                return false;
            }
        }
        return comma + 1 < lineEnd;
    }

    /**
     * 'Holm, citing “the magic of the port,” said he would stay', 'Lund, who called it “toxic,” portrayed the mayor
     * as a storm': after words quoted inside a clause, the verb is the clause's own and the phrase after it is
     * the subject of what was said or the verb's object, not an inverted speaker.
     */
    private static boolean subjectOfClause(AttributionContext ctx, Quote q, int npStart, int npEnd, int end) {
        List<Token> tokens = ctx.tokens;
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0 || !ctx.sameSentence(opening - 1, opening) || npStart + 1 >= end) {
            return false;
        }
        if (FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(npStart).lower()) && tokens.get(npStart + 1).isWord()) {
            return true;
        }
        String next = npEnd < end ? tokens.get(npEnd).lower() : "";
        return ClauseSubject.FINITE.contains(next) || next.endsWith("n't") || next.endsWith("n’t") || next.equals("as");
    }

    /**
     * '"Q," said the harbour's chief pilot, Ola Brekke.': an inverted description and the name after it, closing
     * the sentence, are one speaker, as in '"Q," the chief pilot, Ola Brekke, said'; so after reported speech ("Y,
     * said the spokeswoman, Karin Olsted.").
     */
    static Mention withNameAfter(AttributionContext ctx, Mention m, int npEnd, Sentence s) {
        int end = ctx.content.endToken(s);
        if (m == null || m.hasName() || m.kind() != SpeakerKind.PERSON || npEnd + 1 >= end || !ctx.tokens.get(npEnd).is(",")) {
            return m;
        }
        Mention name = ctx.mentions.scanRight(npEnd + 1, end) == end ? ctx.mentions.build(npEnd + 1, end) : null;
        if (name == null || !name.hasName() || name.kind() != SpeakerKind.PERSON || !name.role().isEmpty()) {
            return m;
        }
        return new Mention(m.start(), name.end(), ctx.doc.text(m.start(), name.end()), m.role(), name.name(), SpeakerKind.PERSON);
    }

    /** '"Q," Sen. Claire Dunmore (D-Mo.) said': the party and state in brackets are no part of the name. */
    private static int withoutParenthesis(List<Token> tokens, int from, int end) {
        if (end - 1 <= from || !tokens.get(end - 1).is(")")) {
            return end;
        }
        int open = end - 1;
        while (open > from && !tokens.get(open).is("(")) {
            open--;
        }
        return open > from ? open : end;
    }

    /**
     * '"Q," David Brandt, the mayor's adviser since 2019, said': a name, its asides, then the cue. The speaker
     * phrase the cue finds must start right after the quotation.
     */
    private boolean speakerWithAsides(AttributionContext ctx, Quote q, int speakerStart, int comma, Sentence sentence) {
        int limit = Math.min(sentence.endToken(), comma + Windows.STACKED_ASIDE_TOKENS + 2);
        // '"Q," one fisherman, who asked not to be named, said': a verb inside a relative aside is not the cue.
        boolean relative = false;
        for (int k = comma + 1; k < limit; k++) {
            Token t = ctx.tokens.get(k);
            if (t.type() == Token.Type.QUOTE || t.is(";")) {
                return false;
            }
            if (t.is(",") || ctx.tokens.get(k - 1).is(",")) {
                relative = RELATIVES.contains(t.lower());
            }
            Cue cue = relative ? null : ctx.cueAt[k];
            if (cue != null) {
                Mention m = cue.kind() == Lexicon.CueKind.VERB && !lexicon.isGerund(cue) ? speakers.before(ctx, cue, sentence) : null;
                m = m == null ? null : roleBeforeName(ctx, m, speakerStart, comma);
                return m != null && m.start() == ctx.tokens.get(speakerStart).start()
                        && QuotedStatements.addQuote(ctx, q, m, cue, sentence.block(), 0.9);
            }
        }
        return false;
    }

    /**
     * '“...,” the mill's floor manager, Harriet Quill, 61, said': the speaker found before the cue is the name after the
     * role's comma; the role from {@code speakerStart} to {@code comma}, headed by a person's noun, opens it.
     */
    private Mention roleBeforeName(AttributionContext ctx, Mention m, int speakerStart, int comma) {
        if (!m.hasName() || ctx.tokenAtOrAfter(m.start()) != comma + 1
                || !lexicon.isPersonNoun(lexicon.headKey(ctx.tokens.get(comma - 1).lower()))) {
            // "'...' his secret weapon, Trump hints": no person's role before the name.
            return m;
        }
        Mention role = ctx.mentions.build(speakerStart, comma);
        if (role == null || role.hasName() || role.kind() != SpeakerKind.PERSON) {
            return m;
        }
        int start = ctx.tokens.get(speakerStart).start();
        return new Mention(start, m.end(), ctx.doc.text(start, m.end()), role.role(), m.name(), m.kind());
    }
}
