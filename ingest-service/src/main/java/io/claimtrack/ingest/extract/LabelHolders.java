package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A transcript's label names one speaker all through it: every "THE PRESIDENT:" turn is the person its first turn was
 * found to be, though a question between them names another president ("Would you meet President Oduya?") nearer.
 * Labels left as their own words ("QUESTION:", "MODERATOR:") give nothing to follow. Part of {@link ResolutionStage}.
 */
final class LabelHolders {

    private LabelHolders() {
    }

    static void keep(AnnotatedDocument doc) {
        Map<String, Attribution> first = new HashMap<>();
        for (Attribution a : doc.attributions) {
            if (!":".equals(a.cue) || a.mention == null || a.mention.hasName() || a.speaker == null) {
                continue;
            }
            String label = a.mention.text().toLowerCase(Locale.ROOT);
            Attribution was = first.putIfAbsent(label, a);
            if (was != null && !was.speaker.equalsIgnoreCase(label) && !was.speaker.equals(a.speaker)) {
                a.speaker = was.speaker;
                a.role = was.role;
                a.kind = was.kind;
            }
        }
    }
}
