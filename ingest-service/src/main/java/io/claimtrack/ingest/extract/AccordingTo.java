package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "According to X, Y" and "Y, according to X" (and "In the words of X", "Under X"): the source is the
 * phrase after the cue, the content the rest of the sentence on the other side.
 */
final class AccordingTo {

    /** Words that join a source's modifiers or nouns: "complete but unofficial returns", "aides and donors". */
    private static final Set<String> JOINING = WordSet.of("but", "and", "or");
    /** As written: "US officials" and "Our Revolution" are no one speaking. */
    private static final Set<String> FIRST_PERSON = WordSet.of("I", "we", "me", "us", "my", "our");

    private final Lexicon lexicon;

    AccordingTo(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Attribution attribute(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        if (AccordingPositions.afterDemonstrative(tokens, cue.firstToken(), first)) {
            // "That's according to the poll.": what was said is the sentence before, not the words after the source.
            return null;
        }
        int end = ctx.content.endToken(s);
        boolean afterOpener = AccordingPositions.afterConnective(ctx.doc, cue.firstToken(), first);
        boolean opening = cue.firstToken() <= first + 1 || AccordingPositions.opensClause(tokens, cue.firstToken(), first) || afterOpener
                || AccordingPositions.afterThat(tokens, cue.firstToken(), first);
        boolean subordinate = AccordingPositions.afterSubordinator(tokens, cue.firstToken(), first)
                || AccordingPositions.afterSubordinateClause(ctx, cue.firstToken(), first);
        boolean fronted = opening || subordinate;
        int pollEnd = PollFrame.pollEnd(tokens, cue.firstToken(), s);
        // "In a CBS poll released Monday, ...": the poll is the source, not the day it was released.
        int npEnd = pollEnd > 0 ? pollEnd : joined(ctx, ctx.mentions.scanRight(cue.endToken(), s.endToken(), true), end);
        Token object = cue.endToken() < end ? tokens.get(cue.endToken()) : null;
        // "According to him, ...": a pronoun, resolved like "he said".
        // "her" alone is read as a phrase, a possessive whose noun never came ("According to her, traffic rose";
        // "The file was deleted, according to her.").
        boolean pronoun = object != null && (object.is("him") || object.is("her")) && (npEnd < 0
                || npEnd == cue.endToken() + 1 && (npEnd >= end || tokens.get(npEnd).is(",") || tokens.get(npEnd).closesSentence()));
        if (pronoun) {
            npEnd = cue.endToken() + 1;
        }
        boolean own = OwnWords.after(tokens, cue.firstToken(), end, first) == cue.endToken();
        if (own) {
            // "..., but, in his words, Y": the owner of the words speaks, and the clause after the phrase is Y.
            object = tokens.get(cue.firstToken() + 1);
            pronoun = true;
            npEnd = cue.endToken();
            // "By his own count he has ...", "In her view the survey was ...": an opening phrase may lack its comma.
            fronted = npEnd + Windows.MIN_CONTENT_TOKENS < end && (tokens.get(npEnd).is(",")
                    || tokens.get(cue.firstToken()).is("by") || cue.firstToken() == first);
            opening = fronted;
        }
        if (fronted && npEnd > 0) {
            // "According to a ministry document seen by Reuters, ...": the source runs to the comma.
            int comma = npEnd;
            while (comma < end && comma - npEnd < Windows.ACCORDING_TO_SOURCE_TOKENS && !tokens.get(comma).is(",")) {
                comma++;
            }
            boolean clauseAfter = comma < end && tokens.get(comma).is(",");
            npEnd = clauseAfter ? comma : npEnd;
            // "At the heart of it, according to Ross, was a vote": the phrase before was the clause's own start.
            // "She left soon after, according to Holm.": with no clause after the source, "after" ended its own.
            fronted = !(afterOpener && Parenthetical.continues(ctx, npEnd, end)) && (opening || clauseAfter);
        }
        int sourceEnd = pollEnd > 0 ? pollEnd : npEnd;
        if (firstPerson(tokens, cue.endToken(), sourceEnd)) {
            // "According to the information we have, ...", "according to our records": the one speaking knows it
            // and says it; no one else is its source.
            return null;
        }
        Mention m = pronoun
                ? new Mention(object.start(), object.end(), object.text(), "", "", SpeakerKind.PRONOUN)
                : ctx.mentions.describe(cue.endToken(), sourceEnd);
        if (m == null) {
            return null;
        }
        if (fronted) {
            int from = afterRelative(tokens, npEnd < end && tokens.get(npEnd).is(",") ? npEnd + 1 : npEnd, end);
            int nameEnd = from == npEnd + 1 && from < end ? apposedNameEnd(ctx, m, from, end) : -1;
            if (nameEnd > 0) {
                m = new Mention(m.start(), m.end(), m.text(), m.text(), ctx.doc.text(tokens.get(from).start(), tokens.get(nameEnd - 1).end()),
                        SpeakerKind.PERSON);
                from = nameEnd + 1;
            }
            m = own ? ownerNamedAfter(ctx, m, from, end) : m;
            return ctx.content.statement(Attribution.Source.ACCORDING_TO, m, cue, from,
                    bracketEnd(tokens, cue, first, from, end), s, 0.85);
        }
        m = npEnd > 0 && !m.hasName() && m.kind() != SpeakerKind.PRONOUN ? withClosingName(ctx, m, npEnd, end) : m;
        int to = cue.firstToken();
        if (to > first && tokens.get(to - 1).is(",")) {
            to--;
        }
        if (npEnd > 0 && to > first && tokens.get(to).is(",") && (Parenthetical.continuesAfter(ctx, npEnd, end)
                || pastPredicateAfter(ctx, npEnd, end) || presentPredicateAfter(ctx, npEnd, end))) {
            // "At the heart of it, according to Ross, was a decision ...", "One of the steps, according to a
            // person close to the board, is to ...": the clause goes on after the source.
            to = end;
        }
        boolean frontedPhrase = npEnd > 0 && to > first && tokens.get(to).is(",")
                && FrontedAdverbialSource.opensClauseAfter(ctx, first, to, npEnd, end);
        if (npEnd > 0 && to > first && tokens.get(to).is(",") && npEnd + Windows.MIN_CONTENT_TOKENS < end
                && tokens.get(npEnd).is(":") || frontedPhrase) {
            // "Two bidders remain, according to the sources: A and B": what was said goes on after the colon; "About
            // 10:03 p.m., according to a timeline, the crews left": the fronted phrase opens the clause after the source.
            Attribution a = ctx.content.statement(Attribution.Source.ACCORDING_TO, m, cue, first, end, s, 0.85);
            if (a != null) {
                a.gapStart = tokens.get(to - 1).end();
                a.gapEnd = tokens.get(npEnd + 1).start();
            }
            return a;
        }
        // "X said A, but B, according to Y": Y's words are B.
        int from = ClauseAfterReport.start(ctx, first, to);
        if (from == first && sourceEnd > cue.endToken() && !m.hasName() && Mentions.FIGURES.contains(tokens.get(sourceEnd - 1).lower())
                && AccordingPositions.reportBefore(ctx, first, to)) {
            // "The treasurer confirmed that A, according to unaudited figures": the figures back what she said.
            return null;
        }
        return ctx.content.statement(Attribution.Source.ACCORDING_TO, m, cue, from, to, s, 0.85);
    }

    /**
     * "Turnout, according to officials, rose to 61 percent": a past verb right after the source's closing comma is the
     * predicate of the subject before the source. A participle with its agent or its comparison ("..., delayed by fog",
     * "..., compared with 25 percent") is the narrator's.
     */
    private boolean pastPredicateAfter(AttributionContext ctx, int comma, int end) {
        List<Token> tokens = ctx.tokens;
        int k = comma + 1;
        if (end - k < 2 || !tokens.get(comma).is(",") || ctx.cueAt[k] != null || tokens.get(k + 1).is("by")
                || tokens.get(k + 1).is("with")) {
            return false;
        }
        return PhraseShapes.pastForm(tokens.get(k), lexicon);
    }

    /**
     * "Turnout, according to officials, stands at 48 percent": a present "-s" verb right after the source's closing
     * comma goes on with the subject before the source, as a past one does. A plural noun opening a clause of its own
     * ("Overnight, according to police, officers found ...") is a person noun or has its own past verb after it; a span
     * of time ("..., according to the caretaker, weeks before the inspection") is the narrator's.
     */
    private boolean presentPredicateAfter(AttributionContext ctx, int comma, int end) {
        List<Token> tokens = ctx.tokens;
        int k = comma + 1;
        if (end - k < 2 || !tokens.get(comma).is(",") || ctx.cueAt[k] != null) {
            return false;
        }
        Token verb = tokens.get(k);
        String lower = verb.lower();
        Token next = tokens.get(k + 1);
        return verb.isLowerWord() && lower.length() > 3 && WordForms.pluralShape(lower)
                && !ClauseShapes.TIME_UNITS.contains(lower) && !lexicon.isSpeakerNoun(verb)
                && !lexicon.isPersonNoun(WordForms.singular(lower))
                && !PhraseShapes.pastShape(next.lower(), lexicon);
    }

    /**
     * "In the view of Hannah Moss, who follows the industry for Corbel, shoppers will ...": a relative clause on the
     * source, set off by commas, tells who the source is; what was said starts after it. {@code from} when none.
     */
    private static int afterRelative(List<Token> tokens, int from, int end) {
        if (from >= end || !tokens.get(from).is("who")) {
            return from;
        }
        for (int k = from + 1; k < Math.min(end - Windows.MIN_CONTENT_TOKENS, from + Windows.ASIDE_TOKENS); k++) {
            if (tokens.get(k).is(",")) {
                return k + 1;
            }
            if (tokens.get(k).is(";") || tokens.get(k).type() == Token.Type.QUOTE) {
                return from;
            }
        }
        return from;
    }

    /** Whether a first-person pronoun lies between {@code from} (inclusive) and {@code to} (exclusive). */
    static boolean firstPerson(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FIRST_PERSON.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "According to the chief engineer of the water board, Halvard Pemberley, the mains will last": the end (exclusive) of
     * a person's name set off right after the fronted source's description ({@link ApposedName}), the speaker, when it
     * closes with a comma before a clause of its own; -1 if none. "According to a summary, Ann Lind, a senior aide,
     * wrote": a name with its own apposition is the clause's subject.
     */
    private int apposedNameEnd(AttributionContext ctx, Mention m, int from, int end) {
        List<Token> tokens = ctx.tokens;
        // "the chief engineer of the water board": a person's name set off makes the description a person's, whatever its head.
        Mention person = m.kind() == SpeakerKind.ORGANIZATION ? new Mention(m.start(), m.end(), m.text(), m.role(), m.name(), SpeakerKind.PERSON) : m;
        Name n = ctx.apposedNames(lexicon).after(person);
        int start = tokens.get(from).start();
        // One capitalised word ("Lowgate, ...") may be a place the clause opens with; a name set off has two. The name's
        // offset is where a title written before it starts ("Captain Ann Lind").
        int nameStart = n == null ? -1 : ctx.doc.text.indexOf(n.text(), n.offset());
        if (n == null || !ApposedName.fullName(n) || n.offset() != start && nameStart != start) {
            return -1;
        }
        int k = ctx.tokenAtOrAfter(nameStart + n.text().length());
        boolean clause = k + 1 < end && tokens.get(k).is(",") && !tokens.get(k + 1).is("a") && !tokens.get(k + 1).is("an");
        return clause && k + 1 + Windows.MIN_CONTENT_TOKENS < end ? k : -1;
    }

    /**
     * "By his own reckoning, Oskar Lindahl has mended 900 clocks": the owner of a fronted count is the person the
     * clause after it names as its subject, a name and then its verb ("his" read ahead, whoever was named before
     * it). Not "By her own count, the town has 40 wells", whose subject is no person.
     */
    private static Mention ownerNamedAfter(AttributionContext ctx, Mention owner, int from, int end) {
        if (!Mentions.isPersonPossessive(owner.text().toLowerCase(Locale.ROOT))) {
            return owner;
        }
        int subjectEnd = ctx.mentions.scanRight(from, end);
        int capitals = from;
        while (capitals < subjectEnd && ctx.tokens.get(capitals).isCapitalized()) {
            capitals++;
        }
        // "By her own count, Halm collected 600 signatures": a phrase scan runs on through a past verb the name ends at;
        // "In his words, European buyers ..." is no name before its verb.
        boolean pastVerb = capitals > from && capitals < subjectEnd && ctx.tokens.get(capitals).lower().endsWith("ed");
        subjectEnd = pastVerb ? capitals : subjectEnd;
        Mention subject = subjectEnd > from && subjectEnd < end && ctx.tokens.get(subjectEnd).isWord()
                ? ctx.mentions.describe(from, subjectEnd) : null;
        return subject == null || subject.kind() != SpeakerKind.PERSON || !subject.hasName() ? owner
                : new Mention(owner.start(), owner.end(), owner.text(), subject.role(), subject.name(), SpeakerKind.PERSON);
    }

    /**
     * "Y, according to the railroad, Northline Freight.": a name in apposition closes the sentence after a source
     * that names no one; the source with that name, or the source alone ("former Sen. Ivo Lunde, R-Ost." stays).
     */
    private Mention withClosingName(AttributionContext ctx, Mention m, int npEnd, int end) {
        if (npEnd + 1 >= end || !ctx.tokens.get(npEnd).is(",")) {
            return m;
        }
        int close = ctx.mentions.scanRight(npEnd + 1, end);
        Mention named = close == end ? AsideNames.named(lexicon, ctx, m, npEnd, close) : null;
        return named == null ? m : named;
    }

    /**
     * "Y, according to complete but unofficial returns.": a source that "but", "and" or "or" joins to more words
     * running to the clause's end or a comma is one source; the joined phrase's end, or {@code npEnd}.
     */
    private static int joined(AttributionContext ctx, int npEnd, int end) {
        List<Token> tokens = ctx.tokens;
        if (npEnd < 0 || npEnd + 1 >= end || !JOINING.contains(tokens.get(npEnd).lower())) {
            return npEnd;
        }
        int second = ctx.mentions.scanRight(npEnd + 1, end);
        return second > 0 && (second == end || tokens.get(second).is(",")) ? second : npEnd;
    }

    /** "(According to X, Y.)": content opened inside a bracket ends with it. */
    private static int bracketEnd(List<Token> tokens, Cue cue, int first, int from, int end) {
        if (cue.firstToken() == first || !tokens.get(cue.firstToken() - 1).is("(")) {
            return end;
        }
        for (int k = from; k < end; k++) {
            if (tokens.get(k).is(")")) {
                return k;
            }
        }
        return end;
    }
}
