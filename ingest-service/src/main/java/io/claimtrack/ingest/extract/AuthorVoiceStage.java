package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A judgment's or a report's own first person (issue 9): under a delivery line that names the judge ("Delivered orally
 * on May 2, 2031, by Justice Ada Lind") or a heading line that names the report's author ("Ombudsperson: Rhoda
 * Kleist"), the narration's "I accept that A", "But I find that B" and "In my view, C" are the author's findings,
 * statements of the author (resolved by {@link WriterVoice}); elsewhere a narrator's "I" stays no speaker. Runs after
 * {@link ReportedSpeechStage}, which has no first-person subject; a first-person lead-in's items are
 * {@link LeadInStage}'s.
 */
public final class AuthorVoiceStage implements Stage {

    /**
     * "Delivered orally on November 3, 2031, by Justice Ada Lind", "Reasons for judgment given by Madam Justice Ida
     * Orr", "Summary of reasons delivered by Justice Lind": a line of the heading that ends with the judge who gave the
     * judgment (the surname alone when the bench line above named the judge in full), or the bench's concurring judges
     * in brackets after that; the name is the group.
     */
    private static final Pattern DELIVERY = Pattern.compile("(?:Summary of )?(?:[Dd]elivered|[Gg]iven|[Hh]anded down"
            + "|[Pp]ronounced|[Rr]endered|[Rr]easons)\\b.*\\bby (?:the Honourable )?(?:(?:Mr\\.?|Mrs\\.?|Ms\\.?|Madam|Madame) )?"
            + "(?:(?:Chief|Associate Chief|Deputy) )?(?:Justice|Judge) (" + SummaryParties.FULL_NAME + "|\\p{Lu}[\\p{L}'’-]+)"
            // "(Justices Roy and Lamb concurring)": the bench's other members after the judge who wrote.
            + "(?: \\([^)]*\\))?");
    /** "Report of the Privacy Commissioner, Lise Aarup": a report's title line that ends with its author's name. */
    private static final Pattern REPORT_OF = Pattern.compile("Report (?:of|by) the (?:\\p{Lu}\\p{L}+ ){0,3}(?:"
            + String.join("|", SummaryParties.DECIDER_LABELS) + "), (" + SummaryParties.FULL_NAME + ")");
    /** A signature's name line: "Mira Lund", two to four capitalised words. */
    private static final Pattern SIGNED_NAME = Pattern.compile(SummaryParties.FULL_NAME);
    /** The office line under it: "Ombudsman of Westerly Province", "Auditor of Public Accounts", "Commissioner". */
    private static final Pattern SIGNED_OFFICE = Pattern.compile("(?:" + String.join("|", SummaryParties.DECIDER_LABELS)
            + ")(?: (?:of|for|the|and|\\p{Lu}[\\p{L}'’-]*))*");

    @Override
    public void process(AnnotatedDocument doc) {
        if (author(doc) == null) {
            return;
        }
        AttributionContext ctx = AttributionContext.of(doc);
        for (Cue cue : doc.cues) {
            Sentence s = doc.sentences.get(cue.sentence());
            int i = firstPersonSubject(ctx, cue, s);
            if (i >= 0 && !ctx.used.contains(cue) && !LeadInStage.closesWithColon(doc, s)) {
                int end = ctx.content.endToken(s);
                int from = ContentStart.startAfterCue(ctx.tokens, cue, end);
                add(ctx, ctx.content.statement(Attribution.Source.CUE, pronoun(ctx, i), cue, from,
                        ReportedContent.clauseEnd(doc, from, end), s, 0.75));
            }
        }
        for (Sentence s : doc.sentences) {
            addOwnView(ctx, s, "my");
        }
        ctx.sortByContent();
    }

    /**
     * Adds "In my view, C" (or "In our view, C" with {@code possessive} "our") opening the sentence as the statement
     * of the possessive, which resolution names.
     */
    static void addOwnView(AttributionContext ctx, Sentence s, String possessive) {
        int view = ownView(ctx, s, possessive);
        if (view > 0) {
            Token opening = ctx.tokens.get(s.firstToken());
            int end = ctx.content.endToken(s);
            add(ctx, view + Windows.MIN_CONTENT_TOKENS < end ? new Attribution(Attribution.Source.ACCORDING_TO,
                    pronoun(ctx, s.firstToken() + 1), ctx.doc.text(opening.start(), ctx.tokens.get(s.firstToken() + 2).end()),
                    ctx.tokens.get(view + 1).start(), ctx.tokens.get(end - 1).end(), s.block(), 0.8) : null);
        }
    }

    /**
     * The author a line near the top names: a judgment's delivery line ("Ada Lind"), a report's label line
     * ("Commissioner: Lise Aarup", read by {@link SummaryParties#labelledAuthor}) or title line, else the signature
     * at its end; null when the text has none of them.
     */
    static String author(AnnotatedDocument doc) {
        for (int b = 0; b < doc.blocks.size() && b < ResolutionWindows.JUDGMENT_HEAD_BLOCKS; b++) {
            String line = doc.blockText(b).strip();
            if (line.length() > ResolutionWindows.JUDGMENT_HEAD_CHARS) {
                continue;
            }
            String name = SummaryParties.labelledAuthor(line);
            // A committee names its deputy chair too: its report's "I" is a member's dissent, not the chair's.
            name = line.startsWith("Chair:") && deputyChair(doc) ? null : name;
            name = name != null ? name : fullMatch(DELIVERY, line);
            name = name != null ? name : fullMatch(REPORT_OF, line);
            if (name != null) {
                return name.indexOf(' ') < 0 ? benchName(doc, name) : name;
            }
        }
        return signer(doc.text);
    }

    /** Whether a line near the top names a deputy chair ("Deputy Chair: NAME"). */
    private static boolean deputyChair(AnnotatedDocument doc) {
        for (int b = 0; b < doc.blocks.size() && b < ResolutionWindows.JUDGMENT_HEAD_BLOCKS; b++) {
            if (doc.blockText(b).strip().startsWith("Deputy Chair:")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Before: Justice Ada Lind, Justice Tor Moe" above "delivered by Justice Lind": the judge's full name on the bench
     * line; the surname alone if no judge of that surname is named in the heading.
     */
    private static String benchName(AnnotatedDocument doc, String surname) {
        Pattern bench = Pattern.compile("(?:Justice|Judge) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2} "
                + Pattern.quote(surname) + ")\\b");
        for (int b = 0; b < doc.blocks.size() && b < ResolutionWindows.JUDGMENT_HEAD_BLOCKS; b++) {
            Matcher m = bench.matcher(doc.blockText(b));
            if (m.find()) {
                return m.group(1);
            }
        }
        return surname;
    }

    /**
     * "Mira Lund" over "Ombudsman of Westerly Province" among the last lines: a report signed at its end by the decider
     * whose findings it gives; null if the text ends otherwise.
     */
    static String signer(String text) {
        List<String> lines = text.substring(Math.max(0, text.length() - ResolutionWindows.SIGNATURE_CHARS)).lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int k = Math.max(0, lines.size() - ResolutionWindows.SIGNATURE_LINES); k + 1 < lines.size(); k++) {
            if (SIGNED_NAME.matcher(lines.get(k)).matches() && SIGNED_OFFICE.matcher(lines.get(k + 1)).matches()) {
                return lines.get(k);
            }
        }
        return null;
    }

    private static String fullMatch(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.lookingAt() && m.end() == line.length() ? m.group(1) : null;
    }

    /** The author's "I" as the subject of a lead-in's cue ("I recommend that the Agency:"), or null. */
    static Mention authorSubject(AttributionContext ctx, Cue cue, Sentence s) {
        int i = firstPersonSubject(ctx, cue, s);
        return i >= 0 && author(ctx.doc) != null ? pronoun(ctx, i) : null;
    }

    /** Adds the author's statement unless one found already holds its words; one found inside it is nested in it. */
    private static void add(AttributionContext ctx, Attribution a) {
        if (a != null && (!ctx.covered(a.contentStart, a.contentEnd) || ctx.nestInside(a))) {
            ctx.content.finishType(a);
            ctx.add(a);
        }
    }

    private static Mention pronoun(AttributionContext ctx, int i) {
        Token t = ctx.tokens.get(i);
        return new Mention(t.start(), t.end(), t.text(), "", "", SpeakerKind.PRONOUN);
    }

    /**
     * The index of the "I" that is the cue's subject in the narration ("I accept", "But I also find", "However, I
     * accept", "For these reasons, I find"), or -1: only a conjunction, one word and its comma or an opening adverbial
     * closed by its comma may stand before it.
     */
    private static int firstPersonSubject(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int i = ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        if (i < first || !tokens.get(i).text().equals("I") || ctx.doc.quoteAt(tokens.get(i).start()) != null
                || ctx.doc.block(s.block()).kind() == Block.Kind.HEADLINE) {
            return -1;
        }
        if (OpeningAdverbials.subjectStart(tokens, first, i + 1) == i) {
            // "For the reasons that follow, I find", "Considering the awards in similar cases, I find".
            return i;
        }
        int k = i - 1;
        if (k == first + 1 && tokens.get(k).is(",") && tokens.get(first).isWord()) {
            // "However, I find", "Accordingly, I accept": one connecting word and its comma.
            k = first - 1;
        }
        if (k == first && SpeakerPhrases.SENTENCE_CONJUNCTIONS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k < first ? i : -1;
    }

    /**
     * "In my view, C", "In my opinion, C" opening the sentence: the index of the comma, or -1; "In my view, however, C"
     * the second comma, the connecting word no part of C.
     */
    private static int ownView(AttributionContext ctx, Sentence s, String possessive) {
        List<Token> tokens = ctx.tokens;
        int i = s.firstToken();
        if (i + 3 >= s.endToken() || !tokens.get(i).is("in") || !tokens.get(i + 1).is(possessive)
                || !CueStage.VIEW_NOUNS.contains(tokens.get(i + 2).lower()) || !tokens.get(i + 3).is(",")
                || ctx.doc.quoteAt(tokens.get(i).start()) != null) {
            return -1;
        }
        boolean connective = i + 5 < s.endToken() && tokens.get(i + 4).isLowerWord()
                && tokens.get(i + 5).is(",");
        return connective ? i + 5 : i + 3;
    }
}
