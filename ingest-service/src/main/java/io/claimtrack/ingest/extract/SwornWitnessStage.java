package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hearing transcript's witness: "DR. FIRST LAST, sworn." (or "affirmed") and under it counsel's "Q." and the
 * witness's "A." paragraphs. Each "A." paragraph is a statement of the sworn witness, the "Q." ones are put to them
 * and say nothing; the witness answers until the next one is sworn.
 */
public final class SwornWitnessStage implements Stage {

    /** "DR. HENRY VOSS, sworn.", "Ms. Ana Reyes, affirmed.": an optional title, a name of two to four words. */
    private static final Pattern SWORN = Pattern.compile(
            "(?:\\p{L}{1,4}\\.\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),\\s+(?i:sworn|affirmed)\\.?");
    /** "Q. ..." / "A. ...", with a period or a colon. */
    private static final Pattern TURN = Pattern.compile("([QA])[.:]\\s");

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = null;
        Mention witness = null;
        for (int b = 0; b < doc.blocks.size(); b++) {
            Block block = doc.block(b);
            Matcher sworn = SWORN.matcher(doc.text).region(block.start(), block.end());
            if (sworn.matches()) {
                witness = new Mention(sworn.start(1), sworn.end(1), doc.text(sworn.start(1), sworn.end(1)), "",
                        Name.fromCapitals(sworn.group(1)), SpeakerKind.PERSON);
                continue;
            }
            Matcher turn = TURN.matcher(doc.text).region(block.start(), block.end());
            if (witness == null || !turn.lookingAt()) {
                continue;
            }
            if (turn.group(1).equals("Q")) {
                doc.questionTurns.set(b);
                continue;
            }
            ctx = ctx == null ? AttributionContext.of(doc) : ctx;
            Mention answer = new Mention(block.start(), block.start() + 2, doc.text(block.start(), block.start() + 2), "",
                    witness.name(), SpeakerKind.PERSON);
            Turns.add(ctx, answer, doc.tokenAtOrAfter(turn.end()), b, b, 0.8);
        }
        if (ctx != null) {
            ctx.sortByContent();
        }
    }
}
