package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A transcript's label longer than a name: an office with lower-case words before the name ("Deputy Mayor for
 * Transport Ilse Varga:", "Head of the Parks Office Karl Emmet:") or its holder in brackets after it ("The Minister for
 * Ports (Jonas Tell):"), an office after the name and a comma, the title abbreviated ("DR. ANJA ROSSEL, Director
 * of Vaccination:"), a decoration after the name ("Firefighter Ola Brenn, Star of Courage, Second Class:"), or a
 * caller's first name and home ("Rita, Harbour:"). The speaker is the name in it.
 */
final class DescribedLabels {

    /** Lower-case words inside an office or a decoration. */
    private static final Set<String> CONNECTORS = WordSet.of("of", "for", "the", "and", "in");
    /** What a member of a university belongs to: "Faculty of Law", "School of Nursing". */
    private static final Set<String> UNITS = WordSet.of("faculty", "school", "department", "college", "institute");

    private DescribedLabels() {
    }

    /**
     * Index of the colon closing a label of capitalised words, connectors and commas that opens the sentence, or -1;
     * a label with neither a connector nor a comma is {@link TurnLabels#labelEnd}'s. A role in lower case may
     * stand between two commas after the name ("Ola Brenn, leader of the harbour rescue crew, Star of Courage:"), a
     * decoration after it closing the label; "Ola Brenn, leader of the crew, said this:" has none.
     */
    static int colon(AttributionContext ctx, Sentence s) {
        int first = s.firstToken();
        boolean described = false;
        boolean inRole = false;
        int roleTokens = 0;
        for (int k = first; k < s.endToken() - 1 && k - first - roleTokens <= Windows.DESCRIBED_LABEL_TOKENS; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(":")) {
                return described && !inRole && k > first + 1 && ctx.tokens.get(k - 1).isCapitalized() ? k : -1;
            }
            boolean afterComma = k > first && ctx.tokens.get(k - 1).is(",");
            if (t.is("(") && described && !inRole) {
                return bracketedHolder(ctx, k, s);
            }
            if (inRole) {
                inRole = !t.is(",");
                roleTokens++;
                if (roleTokens > Windows.DESCRIBED_LABEL_ROLE_TOKENS) {
                    return -1;
                }
            } else if (t.is(",") || !afterComma && k > first && CONNECTORS.contains(t.lower())) {
                described |= k > first;
            } else if (t.is(".") && k == first + 1 && ctx.tokens.get(first).isCapitalized()) {
                // "DR. ANJA ROSSEL, Director of Vaccination:": a title's abbreviation before the name.
                continue;
            } else if (afterComma && !t.isCapitalized() && Lexicon.get().roles.contains(t.lower())) {
                inRole = true;
                roleTokens++;
            } else if (!t.isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The Minister for Ports (Jonas Tell):": the office's holder in brackets right before the colon or the sitting's
     * time stamp ("(Jonas Tell) (14:03):"); the colon's index, or -1 when the bracket holds more than a name's words or
     * no colon follows it ("The Minister for Ports (2019-2023)").
     */
    private static int bracketedHolder(AttributionContext ctx, int open, Sentence s) {
        for (int k = open + 1; k + 1 < s.endToken() && k <= open + Windows.LABEL_BRACKET_TOKENS; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(")")) {
                int colon = BracketedName.afterStamp(ctx, k + 1, s.endToken());
                return k > open + 1 && colon < s.endToken() && ctx.tokens.get(colon).is(":") ? colon : -1;
            }
            if (!t.isCapitalized() && !t.is(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The label's speaker: the person named in full at its end or before a comma, else a caller's first name before a comma; null when neither. */
    static Mention speaker(AttributionContext ctx, Sentence s, int colon) {
        int from = ctx.tokens.get(s.firstToken()).start();
        int to = ctx.tokens.get(colon).start();
        // After the label's first comma come a decoration or a caller's home ("Dasha, Novy Bereg:"), never the speaker.
        int comma = s.firstToken();
        while (comma < colon && !ctx.tokens.get(comma).is(",")) {
            comma++;
        }
        for (int k = Sorted.firstAtLeast(ctx.doc.names, Name::offset, from); k < ctx.doc.names.size() && ctx.doc.names.get(k).offset() < to; k++) {
            Name n = ctx.doc.names.get(k);
            // A name's offset is its title's ("Deputy Mayor for Transport Ilse Varga").
            int at = ctx.doc.text.indexOf(n.text(), n.offset());
            int end = ctx.doc.tokenAtOrAfter(at + n.text().length());
            // A full name that closes the label or comes before its decoration, not a subhead ("Little Relief for Refugees:").
            if (n.kind() == SpeakerKind.PERSON && n.words().size() >= 2 && !n.words().stream().anyMatch(CONNECTORS::contains) && end <= comma
                    && (ctx.tokens.get(end).is(",") || end == colon
                            || end == BracketedName.beforeStamp(ctx, colon) - 1 && ctx.tokens.get(end).is(")"))) {
                return ctx.mentions.build(ctx.doc.tokenAtOrAfter(at), end);
            }
        }
        if (abbreviatedTitle(ctx, s, comma)) {
            return ctx.mentions.build(s.firstToken(), comma);
        }
        return caller(ctx, s) || member(ctx, s) ? ctx.mentions.build(s.firstToken(), s.firstToken() + 1) : null;
    }

    /**
     * "DR. MIHAI LUPU, Chief Epidemiologist:": an abbreviated title and two or three capitalised words before the comma
     * are a titled name, whether or not the name lists know its words.
     */
    private static boolean abbreviatedTitle(AttributionContext ctx, Sentence s, int comma) {
        int first = s.firstToken();
        int words = comma - first - 2;
        if (!ctx.tokens.get(first + 1).is(".") || words < 2 || words > 3) {
            return false;
        }
        for (int k = first + 2; k < comma; k++) {
            if (!ctx.tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the label is a caller's first name and home: "Rita, Harbour:". */
    static boolean caller(AttributionContext ctx, Sentence s) {
        int first = s.firstToken();
        return ctx.tokens.get(first + 1).is(",") && Lexicon.get().isFirstName(ctx.tokens.get(first).lower());
    }

    /**
     * "Amir, School of Law:", "Ines, Faculty of Arts:": a student's or a staff member's first name, which the name lists
     * may lack, before the faculty or school they come from; unlike a caller's grievance, what they tell before
     * asking is their statement.
     */
    static boolean member(AttributionContext ctx, Sentence s) {
        int first = s.firstToken();
        return first + 3 < s.endToken() && ctx.tokens.get(first).isCapitalized() && ctx.tokens.get(first + 1).is(",")
                && UNITS.contains(ctx.tokens.get(first + 2).lower()) && ctx.tokens.get(first + 3).is("of");
    }
}
