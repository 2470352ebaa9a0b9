package io.claimtrack.ingest.extract;

import java.util.regex.Pattern;

/**
 * "Owners cite rising taxes" and "..., its owners announced Monday" over "Tomas and Greta Lind, who bought the rink in
 * 2011, said ...": the owners or founders of the business a story is about, named in the deck or the lede before the
 * story names them, are the pair of people it first quotes together (round 42's "Founders say" for a named pair). An
 * open group ("Officials say") has no such closed membership, and an owner named in the phrase itself ("The owners,
 * Ada and Tor Varn,") is {@link NamedMembers}'. Part of {@link ResolutionStage}.
 */
final class OwnersNamedBelow {

    /** "Owners", "its owners", "the rink's co-founders": the holders of one business, and nothing else. */
    private static final Pattern OWNERS = Pattern.compile("(?i)(?:(?:its|the) )?(?:[\\p{L}-]+['’]s )?(?:co-)?(?:owners|founders|proprietors)");
    private static final String AND = " and ";

    private OwnersNamedBelow() {
    }

    /** Sets the owners' statement {@code at} to the first pair of people quoted together below it, if any. */
    static void apply(AnnotatedDocument doc, int at) {
        Attribution a = doc.attributions.get(at);
        if (a.mention == null || a.mention.isPronoun() || !OWNERS.matcher(a.mention.text()).matches()) {
            return;
        }
        int to = Math.min(doc.attributions.size(), at + 1 + ResolutionWindows.HEADLINE_ECHO_STATEMENTS);
        for (int j = at + 1; j < to; j++) {
            Attribution o = doc.attributions.get(j);
            if (!o.nested && o.mention != null && !o.mention.isPronoun() && pairOfPeople(o)) {
                a.speaker = o.speaker;
                a.role = "";
                a.kind = SpeakerKind.GROUP;
                return;
            }
        }
    }

    /** "Walt and June Lind", "Ada Varn and Tor Varn": a group of exactly two, each named. */
    private static boolean pairOfPeople(Attribution o) {
        int and = o.speaker == null || o.kind != SpeakerKind.GROUP ? -1 : o.speaker.indexOf(AND);
        return and > 0 && o.speaker.indexOf(AND, and + 1) < 0 && o.speaker.indexOf(',') < 0
                && Character.isUpperCase(o.speaker.charAt(0)) && Character.isUpperCase(o.speaker.charAt(and + AND.length()));
    }
}
