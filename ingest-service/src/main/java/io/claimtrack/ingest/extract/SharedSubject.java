package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * "The head of the delegation to the working group, Director of the Aubel Institute Corvin Talmage, reported A and
 * proposed B": a second verb's subject is the first verb's whole speaker phrase, whose apposed name the phrase read
 * up to the first verb's preposition ("The head of the delegation") misses. Part of {@link ReportedSpeechStage}.
 */
final class SharedSubject {

    private SharedSubject() {
    }

    /**
     * {@code second}, whose subject names no one, with the speaker phrase of an earlier statement of its sentence that opens where its own does and
     * reaches further, short of the second verb's content; {@code second} itself otherwise. Linear in the sentence's
     * statements, which {@link Windows#MAX_CUES_PER_SENTENCE} bounds.
     */
    static Attribution widened(List<Attribution> earlier, Attribution second) {
        if (second.source != Attribution.Source.SECOND_VERB || second.mention == null || second.mention.hasName()) {
            return second;
        }
        for (Attribution first : earlier) {
            Mention m = first.mention;
            if (m != null && m.start() == second.mention.start() && m.end() > second.mention.end()
                    && m.end() < first.contentStart && first.contentStart < second.contentStart && m.hasName()) {
                return second.moved(IntUnaryOperator.identity(), m);
            }
        }
        return second;
    }
}
