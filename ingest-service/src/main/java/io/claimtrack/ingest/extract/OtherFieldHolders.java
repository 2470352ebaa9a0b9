package io.claimtrack.ingest.extract;

import java.util.function.Function;

/**
 * "MINISTER HALE: ..." under a header naming him "the Minister of Health", and a question's "the transport minister of
 * Palvania claimed ...": a description whose field is none of those the title its resolved person holds names is
 * someone else, described only ({@link DescriptionFit#otherField}); part of {@link ResolutionStage}, after every
 * description rule, since several of them link a bare title ("MINISTER") to the nearest holder.
 */
final class OtherFieldHolders {

    private OtherFieldHolders() {
    }

    /** Leaves each such description its own words; {@code titleOf}: the title (lower case) the text gives a person. */
    static void undo(AnnotatedDocument doc, DescriptionFit fit, Function<String, String> titleOf) {
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m != null && a.kind == SpeakerKind.PERSON && !m.hasName() && !m.isPronoun() && a.speaker != null
                    && !a.speaker.equals(m.text()) && fit.otherField(m.text(), titleOf.apply(a.speaker))) {
                a.speaker = m.text();
            }
        }
    }
}
