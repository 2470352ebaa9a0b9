package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declaration that names its own "we" where a paragraph opens ("1. We, the Heads of State and Government of the
 * member states of the Alliance, have met in X") speaks as that body in each later "We condemn ...", "We call on ...";
 * a "we" inside a quotation is the quoted speaker's. Part of {@link ResolutionStage}.
 */
final class DeclaredWe {

    /** "We, the Heads of State and Government of X," after an optional paragraph number. */
    private static final Pattern DECLARED = Pattern.compile("(?:\\d+\\.\\s+)?We, the (\\p{Lu}[^,\\n]{2,120}),");

    private DeclaredWe() {
    }

    static void apply(AnnotatedDocument doc) {
        String body = null;
        for (int b = 0; b < Math.min(doc.blocks.size(), ResolutionWindows.TOP_BLOCKS) && body == null; b++) {
            Block block = doc.block(b);
            Matcher m = DECLARED.matcher(doc.text).region(block.start(), block.end());
            body = m.lookingAt() ? "The " + m.group(1) : null;
        }
        for (Attribution a : body == null ? List.<Attribution>of() : doc.attributions) {
            if (a.mention != null && a.mention.text().equalsIgnoreCase("we") && a.mention.text().equalsIgnoreCase(a.speaker)
                    && doc.quoteAt(a.mention.start()) == null) {
                a.speaker = body;
                a.role = "";
                a.kind = SpeakerKind.GROUP;
            }
        }
    }
}
