package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three brokerage firms, including Hallam and Rhee, said": a counted group with one member named in its aside speaks
 * as the group, not as the member the aside names (the others say it too). Part of {@link ResolutionStage}.
 */
final class IncludedMember {

    /** The counted plural before ", including": "Three brokerage firms", "Several unions". */
    private static final Pattern GROUP = Pattern.compile("((\\p{L}+) (?:[\\p{L}-]+ ){0,2}\\p{Ll}+s), including \\S.*", Pattern.DOTALL);
    /** Words that count a group: a number word, "several", "many", "some". */
    private static final Set<String> COUNTS = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "several", "many", "some");

    private IncludedMember() {
    }

    /** Sets {@code a}'s speaker to the counted group when its mention names the member after "including". */
    static void apply(Attribution a) {
        if (a.mention == null || !a.mention.hasName() || a.speaker == null || a.mention.text().indexOf(", including ") < 0) {
            return;
        }
        Matcher m = GROUP.matcher(a.mention.text());
        if (m.matches() && COUNTS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            a.speaker = m.group(1);
            a.role = "";
            a.kind = SpeakerKind.GROUP;
        }
    }
}
