package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The suit, filed Monday in Orrin County Court by Petra and Jonas Halvik, alleges", "the complaint says", a headline's
 * "Suit says": a lawsuit's, complaint's or petition's words speak for those the text names as filing it (round 41's
 * convention: a suit "filed by A and B" speaks as A and B, as a document speaks for the maker named with it), and so
 * does the story's unnamed description of them as the ones who sued ("The parents of a boy ... have sued the resort,
 * claiming"). One set of filers per document: two suits filed by different people leave every filing as its mention. A
 * filing whose maker is only some sentence's subject ("Prosecutors said in a filing", "the lawyer said he had filed a
 * lawsuit") keeps its mention, as sets B, H and L give it; only a body named filing an indictment ("The Regional
 * Prosecutor's Office has filed an indictment") speaks for it, and is "the prosecution" too. Read once per document;
 * part of {@link ResolutionStage}.
 */
final class Filings {

    static final Filings NONE = new Filings(null, null);

    private static final String FILING = "(?:suit|lawsuit|complaint|petition|motion|claim|filing|indictment)";
    /** The verbs FILED_BY joins to a filing. */
    private static final List<String> FILING_VERBS = List.of("filed", "brought", "lodged");
    /**
     * "suit, filed Monday in Orrin County Court by Petra and Jonas Halvik": the filers by name, one or a pair; not the
     * first of three or more, whose list it is not worth joining.
     */
    private static final Pattern FILED_BY = Pattern.compile("(?i:\\b" + FILING + "s?,? (?:was |were )?(?:" + String.join("|", FILING_VERBS) + ")\\b)"
            + "[^.;:!?\"“”]{0," + ResolutionWindows.FILED_BY_CHARS + "}? by (?:the )?(" + NamedMembers.NAME + ")(?: and (" + NamedMembers.NAME + "))?(?!,? and \\p{Lu}|, \\p{Lu})");
    /**
     * "The suit", "the civil complaint", "their lawsuit", a headline's "Suit", "The suit, filed Monday ...": a filing named
     * again; an indefinite one only with its filers ("a lawsuit filed by ..."): "according to a court filing" is another.
     */
    private static final Pattern MENTION = Pattern.compile("(?i)(?:(?:the|their|its|his|her) )?(?:[\\p{L}-]+ )?" + FILING
            + "(?:,? (?:filed|brought|lodged) .*)?|(?i)an? (?:[\\p{L}-]+ )?" + FILING + ",? (?:filed|brought|lodged) .* by .*");
    /**
     * "have sued", "filed a lawsuit", "are suing": right after a description or the relative clause on it ("The parents
     * of a boy who fell from a lift last winter have sued"), the ones who sued.
     */
    private static final Pattern SUED = Pattern.compile("(?: (?:who|that) [^.,;:!?]{0," + ResolutionWindows.RELATIVE_ON_PLAINTIFFS_CHARS + "}?)?"
            + " (?:(?:have|has|had|are|is|were|was) )?(?:\\p{Ll}+ )?(?:sued|suing|filed (?:a|an) (?:[\\p{L}-]+ )?"
            + FILING + ")\\b");

    /** "filed for Chapter 11 bankruptcy protection", "has filed for bankruptcy": a debtor's own petition. */
    private static final Pattern BANKRUPT = Pattern.compile("\\b(?:has |have )?filed for (?:Chapter \\d+ )?bankruptcy\\b");
    /**
     * "according to a court filing late Monday", "a bankruptcy filing", "the filing": a debtor's petition, named again
     * with or without its time, once the story has said who filed it.
     */
    private static final Pattern PETITION = Pattern.compile("(?i)(?:an?|the|its) (?:court |bankruptcy )?filings?"
            + "(?: (?:late|early|on|last) .*)?");

    /**
     * "The Office of the State Prosecutor has filed an indictment with ...": a body named as the verb's subject, filing
     * a criminal charge; its indictment's words and "the prosecution" are that body's.
     */
    private static final Pattern INDICTED = Pattern.compile(" (?:has |have |had )?(?:filed|brought|lodged) (?:an|the|its) indictment\\b");
    /** The words of a body's name between its capitalised words, and the longest such name. */
    private static final Set<String> BODY_LINKS = WordSet.of("of", "the", "for");
    private static final int BODY_WORDS = 8;
    /** The side an indictment's filers are in court. */
    private static final Pattern PROSECUTION = Pattern.compile("(?i)the prosecution");

    /** The filers as one speaker; null if the document names none, or two different ones. */
    private final String filers;
    private final SpeakerKind kind;
    /**
     * Another name the filers go by once the story has said what they filed: a debtor's "a court filing" ({@link
     * #PETITION}), an indictment's "the prosecution" ({@link #PROSECUTION}); null for any other filing.
     */
    private final Pattern alsoNamed;

    private Filings(String filers, SpeakerKind kind) {
        this(filers, kind, null);
    }

    private Filings(String filers, SpeakerKind kind, Pattern alsoNamed) {
        this.filers = filers;
        this.kind = kind;
        this.alsoNamed = alsoNamed;
    }

    static Filings of(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        Filings debtor = debtor(doc, names);
        boolean by = doc.text.contains(" by ");
        if (debtor != NONE || !by && !doc.text.contains(" indictment") || !namesFilingVerb(doc.text)) {
            return debtor;
        }
        Matcher m = FILED_BY.matcher(doc.text);
        Filings found = NONE;
        while (by && m.find()) {
            Filings f = m.group(2) == null ? one(doc, names, m.start(1))
                    : pair(NamedMembers.pair(doc, lexicon, names, m.group(1), m.start(1), m.group(2), m.start(2)));
            if (f == NONE) {
                continue;
            }
            if (found != NONE && !found.filers.equals(f.filers)) {
                return NONE;
            }
            found = f;
        }
        return found != NONE ? found : indicting(doc, lexicon, names);
    }

    /**
     * The body named right before the verb of an indictment filed ({@link #INDICTED}): capitalised words with "of" and
     * "the" between them, one a body's word ("The Office of the State Prosecutor", "The Regional Prosecutor's Office");
     * NONE if none, or anyone else ("Prosecutors", "The lawyer").
     */
    private static Filings indicting(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        Matcher m = INDICTED.matcher(doc.text);
        if (!m.find()) {
            return NONE;
        }
        int end = doc.tokenAtOrAfter(m.start());
        int from = end;
        boolean body = false;
        while (from > 0 && end - from < BODY_WORDS && nameWord(doc.tokens.get(from - 1))) {
            body |= lexicon.organizations.contains(Mentions.possessiveStem(doc.tokens.get(--from).lower()));
        }
        while (from < end && (!doc.tokens.get(from).isCapitalized() || BODY_LINKS.contains(doc.tokens.get(from).lower()))) {
            from++;
        }
        if (!body || from == end) {
            return NONE;
        }
        String filer = doc.text(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end());
        return new Filings(names.expand(filer, SpeakerKind.ORGANIZATION, doc.tokens.get(from).start()), SpeakerKind.ORGANIZATION, PROSECUTION);
    }

    /** A word of a body's name: capitalised, a link inside it, or its possessive's ending ("Prosecutor's Office"). */
    private static boolean nameWord(Token t) {
        return t.isCapitalized() || BODY_LINKS.contains(t.lower()) || t.is("'s") || t.is("’s");
    }

    /**
     * Whether "filed", "brought" or "lodged" follows a space anywhere, in any case, as in every match of FILED_BY: most
     * documents have none, and searching for FILED_BY at every offset cost 3 % of the extraction.
     */
    private static boolean namesFilingVerb(String text) {
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            for (String verb : FILING_VERBS) {
                if (text.regionMatches(true, i + 1, verb, 0, verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Pellmore Stores Inc., the toy chain, filed for Chapter 11 bankruptcy protection": the body whose name opens the
     * first sentence saying it filed for bankruptcy; NONE when a person's or no name opens it.
     */
    private static Filings debtor(AnnotatedDocument doc, NameIndex names) {
        if (doc.text.indexOf("bankruptcy") < 0) {
            return NONE;
        }
        Matcher m = BANKRUPT.matcher(doc.text);
        if (!m.find()) {
            return NONE;
        }
        Filings f = one(doc, names, doc.sentenceAt(m.start()).start());
        return f.kind == SpeakerKind.ORGANIZATION ? new Filings(f.filers, f.kind, PETITION) : NONE;
    }

    private static Filings pair(String both) {
        return both == null ? NONE : new Filings(both, SpeakerKind.GROUP);
    }

    /** The person or body the text names at {@code offset}; NONE for anything else ("by Monday"). */
    private static Filings one(AnnotatedDocument doc, NameIndex names, int offset) {
        Name n = Name.startingAt(doc.names, offset);
        if (n == null || n.kind() != SpeakerKind.PERSON && n.kind() != SpeakerKind.ORGANIZATION) {
            return NONE;
        }
        return new Filings(names.expand(n.text(), n.kind(), n.offset()), n.kind());
    }

    /**
     * Sets the filers as the speaker of a filing's words ("The suit alleges", "according to the complaint") or of an
     * unnamed description right before "sued" ("The parents of a 12-year-old boy have sued ..., claiming").
     */
    void apply(AnnotatedDocument doc, Attribution a) {
        Mention m = a.mention;
        if (this == NONE || m == null || a.antecedent != null || m.isPronoun() || doc.isRelated(a.block)) {
            return;
        }
        boolean filing = MENTION.matcher(m.text()).matches() || alsoNamed != null && alsoNamed.matcher(m.text()).matches();
        boolean plaintiffs = !filing && !m.hasName() && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.GROUP)
                && SUED.matcher(doc.text).region(m.end(), Math.min(doc.text.length(), m.end() + ResolutionWindows.RELATIVE_ON_PLAINTIFFS_CHARS + ResolutionWindows.SUED_AFTER_CHARS)).lookingAt();
        if (filing || plaintiffs) {
            a.speaker = filers;
            a.kind = kind;
        }
    }
}
