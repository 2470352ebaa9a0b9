package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A speaker separated from its cue by an aside between commas or dashes ("Peskov, the Kremlin spokesman,
 * said"; "Kall -- co-editor of the Weekly Review -- said"), and the role that aside gives; the name it gives a
 * description is {@link AsideNames}'s.
 */
final class Asides {

    /** Words that open a relative clause about the name before them, which may hold commas of its own. */
    private static final Set<String> RELATIVE_OPENERS = WordSet.of("who", "whose");

    private final Lexicon lexicon;
    private final AsideSubjects subjects;

    Asides(Lexicon lexicon, SpeakerPhrases speakers) {
        this.lexicon = lexicon;
        this.subjects = new AsideSubjects(lexicon, speakers);
    }

    /** The speaker before the aside that the comma at {@code closingComma} closes, or null. */
    Mention beforeAside(AttributionContext ctx, int first, int closingComma) {
        List<Token> tokens = ctx.tokens;
        int open = AsideOpenings.asideOpening(ctx, first, closingComma, Windows.STACKED_ASIDE_TOKENS);
        if (open < 0) {
            return null;
        }
        Mention subject = closingComma - open < Windows.ASIDE_TOKENS ? subjects.asideSubject(ctx, first, open) : null;
        Mention apposed = subject == null ? null : apposedName(ctx, first, subject, open);
        if (apposed != null) {
            return apposed;
        }
        Mention holder = subject == null ? null : personBeforeThingsName(ctx, first, subject);
        if (holder != null) {
            return holder;
        }
        holder = subject == null ? null : relativeHolder(ctx, first, subject, open, closingComma);
        if (holder != null) {
            return holder;
        }
        if (subject == null) {
            subject = subjects.stackedAsideSubject(ctx, first, open, closingComma);
            if (subject == null) {
                return null;
            }
            // The aside next to the name is the one that can give its role: "Chase, 27, a Tinder user, said".
            open = ctx.tokenAtOrAfter(subject.end());
            while (!tokens.get(open).is(",")) {
                open++;
            }
            int next = open + 1;
            while (next < closingComma && !tokens.get(next).is(",")) {
                next++;
            }
            closingComma = next;
        }
        return withAside(ctx, subject, open, closingComma);
    }

    /**
     * "The boats, two skiffs and a barge, were bought with ..., says Lund": the "aside" the comma at {@code
     * closingComma} closes opens with a verb, so it is the predicate of the clause before the cue.
     */
    static boolean predicate(AttributionContext ctx, int first, int closingComma) {
        int open = AsideOpenings.asideOpening(ctx, first, closingComma, Windows.STACKED_ASIDE_TOKENS);
        return open >= 0 && ClauseSubject.finiteAt(ctx.tokens, open + 1, first);
    }

    /**
     * "Ann Holm, a developer and spokeswoman for the Trust, which backs tenants, said": the description before
     * the last aside (ending at token {@code close}) is itself the apposition of a person's name before it; that
     * name with what the apposition gives it, or null.
     */
    private Mention apposedName(AttributionContext ctx, int first, Mention description, int close) {
        List<Token> tokens = ctx.tokens;
        int k = ctx.tokenAtOrAfter(description.start());
        boolean bareRole = !description.hasName() && !description.role().isEmpty();
        if (tokens.get(k).isCapitalized() && !bareRole) {
            return null;
        }
        int start = k;
        for (k--; k > first && !tokens.get(k).is(",") && start - k < Windows.ASIDE_TOKENS; k--) {
            if (!tokens.get(k).isWord() && !tokens.get(k).is("-")) {
                return null;
            }
        }
        // "Flake, Republican of Arizona, who ..., said", "Holm, director of the Trust, which ...": a bare role is an apposition too.
        if (k <= first || !tokens.get(k).is(",")
                || !(AsideSubjects.APPOSITION_OPENERS.contains(tokens.get(k + 1).lower()) || bareRole && k + 1 == start)) {
            return null;
        }
        Mention name = subjects.asideSubject(ctx, first, k);
        if (name == null) {
            // "Ilse Marten, 51, a nurse at the clinic, which ..., said": an age or a home town before the apposition.
            name = subjects.stackedAsideSubject(ctx, first, k, close);
        }
        return name != null && name.hasName() && name.kind() == SpeakerKind.PERSON && !addressedOffice(ctx, name)
                && tokens.get(ctx.tokenAtOrAfter(name.start())).isCapitalized() ? withAside(ctx, name, k, close) : null;
    }

    /**
     * "The skipper of one of the trawlers, the Nordlys, reached by phone, said": a name with "the" set off after a
     * person's description names a thing of the description's (a vessel, a hall), no person; the description's head
     * before its "of" speaks ("The skipper"), as it does with no aside.
     */
    private Mention personBeforeThingsName(AttributionContext ctx, int first, Mention name) {
        int k = ctx.tokenAtOrAfter(name.start());
        // No title ("the Rev. Ada Holm") and no first name: "the Sjovind" is a thing's name, whatever kind it was read as.
        if (!name.hasName() || !name.role().isEmpty() || lexicon.isFirstName(Name.words(name.name()).get(0))
                || !ctx.tokens.get(k).is("the") || k - 1 <= first
                || !ctx.tokens.get(k - 1).is(",") || k - 1 - first > Windows.PHRASE_TOKENS) {
            return null;
        }
        int end = first + 1;
        while (end < k - 1 && !ctx.tokens.get(end).is("of")) {
            end++;
        }
        Mention description = ctx.mentions.build(first, end);
        return description != null && !description.hasName() && description.kind() == SpeakerKind.PERSON
                && personHead(ctx, first, description) ? description : null;
    }

    /**
     * "Mr President, the opposition leader, Teodor Malinar, said": an honorific before an office alone addresses its
     * holder, no name the description is set off from.
     */
    private boolean addressedOffice(AttributionContext ctx, Mention name) {
        List<Token> tokens = ctx.tokens;
        int k = ctx.tokenAtOrAfter(name.start());
        int end = ctx.tokenAtOrAfter(name.end());
        if (!RoleAndName.HONORIFICS.contains(tokens.get(k).lower())) {
            return false;
        }
        for (k++; k < end; k++) {
            if (tokens.get(k).isWord() && !lexicon.isRoleWord(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Sandy Holm, who lost her son in a crash in Aurora, Colorado, in 2012, said"; "Mr. Lund, whose start-up,
     * Paradata, sells sensors, said": the name before the last aside stands inside a relative clause that an
     * earlier aside opens, and the person that clause is about speaks. That person, or null.
     */
    private Mention relativeHolder(AttributionContext ctx, int first, Mention inner, int open, int closingComma) {
        List<Token> tokens = ctx.tokens;
        int innerStart = ctx.tokenAtOrAfter(inner.start());
        if (innerStart > first && tokens.get(innerStart - 1).is("and")) {
            // "Holm, who won, and Lund, the runner-up, said": a second subject.
            return null;
        }
        int prev = open;
        for (int asides = 1; asides <= Windows.STACKED_ASIDES; asides++) {
            prev = AsideOpenings.asideOpening(ctx, first, prev, Windows.STACKED_ASIDE_TOKENS - (closingComma - prev));
            if (prev < 0) {
                return null;
            }
            if (RELATIVE_OPENERS.contains(tokens.get(prev + 1).lower())) {
                Mention holder = subjects.asideSubject(ctx, first, prev);
                return holder != null && holder.hasName() && holder.kind() == SpeakerKind.PERSON ? holder : null;
            }
        }
        return null;
    }

    /**
     * "Sen. Ann Cole (D-Md.), a supporter of the plan told reporters": an apposition whose closing comma is missing.
     * The person named before its comma, with the role it gives, or null when the description opens no apposition.
     */
    Mention unclosedApposition(AttributionContext ctx, int first, Mention description) {
        List<Token> tokens = ctx.tokens;
        int start = ctx.tokenAtOrAfter(description.start());
        if (description.hasName() || start - 2 < first || !tokens.get(start - 1).is(",")
                || !PhraseShapes.isArticle(tokens.get(start).lower()) || !personHead(ctx, start + 1, description)) {
            return null;
        }
        Mention name = subjects.asideSubject(ctx, first, start - 1);
        // A person's full name or title: "between Sunday and Tuesday, the authority said", "New Hampshire Monday,
        // the supporter retorted" have no apposition.
        List<String> words = name == null ? List.of() : Name.words(name.name());
        return name != null && name.kind() == SpeakerKind.PERSON && words.size() > 1
                && (!name.role().isEmpty() || lexicon.isFirstName(words.get(0)))
                ? withAside(ctx, name, start - 1, ctx.tokenAtOrAfter(description.end())) : null;
    }

    /** Whether a person noun stands before the description's first "of" or "for": "a supporter of the plan". */
    private boolean personHead(AttributionContext ctx, int from, Mention description) {
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).end() <= description.end(); k++) {
            Token t = ctx.tokens.get(k);
            if (t.is("of") || t.is("for")) {
                return false;
            }
            if (lexicon.isPersonNoun(lexicon.headKey(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "Kall -- co-editor of the Weekly Review -- said": an aside between dashes, which may hold commas. */
    Mention beforeDashAside(AttributionContext ctx, int first, int p) {
        List<Token> tokens = ctx.tokens;
        // "--" comes as two hyphens.
        int closingDash = p;
        while (closingDash > first && isDash(tokens.get(closingDash - 1))) {
            closingDash--;
        }
        int open = closingDash - 1;
        while (open > first && !isDash(tokens.get(open)) && closingDash - open < Windows.ASIDE_TOKENS) {
            Token t = tokens.get(open);
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && ";:(".contains(t.text())) {
                return null;
            }
            open--;
        }
        if (open <= first || !isDash(tokens.get(open)) || open + 1 == closingDash) {
            return null;
        }
        int opening = open;
        while (opening - 1 > first && isDash(tokens.get(opening - 1))) {
            opening--;
        }
        Mention subject = subjects.asideSubject(ctx, first, opening);
        return subject == null ? null : withAside(ctx, subject, open, closingDash);
    }

    static boolean isDash(Token t) {
        return t.in(WordClass.DASH) || t.is("--");
    }

    /** The subject, with the role or name that the aside between {@code open} and {@code close} gives it. */
    private Mention withAside(AttributionContext ctx, Mention subject, int open, int close) {
        Mention named = AsideNames.named(lexicon, ctx, subject, open, close);
        if (named != null) {
            return named;
        }
        Mention aside = ctx.mentions.build(open + 1, close);
        boolean asideIsRole = aside != null && !aside.hasName() && aside.kind() == SpeakerKind.PERSON
                && ctx.mentions.scanLeft(close - 1, open + 1) == open + 1;
        if (!asideIsRole || !subject.hasName()) {
            return subject;
        }
        return new Mention(subject.start(), aside.end(), ctx.doc.text(subject.start(), aside.end()), aside.role(),
                subject.name(), subject.kind());
    }
}
