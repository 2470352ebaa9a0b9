package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fourth round: a capitalised title whose last word no list of roles holds ("The Chief Hydrologist") is a
 * bare description of the one person the text gives that whole title; since the forty-fifth round name bounds read the
 * word as the title's ({@link OccupationAfterModifier}), no longer as a surname mended in resolution.
 */
class TitleReadAsNameTest {

    private static final String DROUGHT = """
            Drought update for the Marrow Valley

            The dry spell has cut river flows to a third of normal, Water Minister Tobias Ferreira-Lund said on Monday.

            According to Chief Hydrologist Imelda Santori-Kwan, groundwater levels in the valley are at their lowest \
            since 1998. She said farmers should plan for further cuts.

            The Chief Hydrologist advises:
            - watering crops at night;
            - repairing leaking channels before May.

            The Senior Hydrologist said the wells in the upper valley were dry.
            """;

    /** "The Chief Hydrologist" is the woman titled so, not a person named "Hydrologist". */
    @Test
    void theWholeTitleIsItsOneHolder() {
        AnnotatedDocument doc = extract(DROUGHT);
        assertSpeaker(doc, "watering crops at night", "Imelda Santori-Kwan");
        assertSpeaker(doc, "repairing leaking channels before May", "Imelda Santori-Kwan");
    }

    /** A title no one named holds stays as the text gives it. */
    @Test
    void aTitleNoOneHoldsIsLeftAlone() {
        assertSpeaker(extract(DROUGHT), "the wells in the upper valley were dry", "Senior Hydrologist");
    }

    private static final String GLACIER = """
            Glacier survey finds faster melt

            According to Chief Glaciologist Ilsabet Varn-Oduya, the Harrow ice field lost four metres of thickness \
            last summer.

            The Chief Glaciologist recommends:
            - closing the upper trail in August;
            - a second gauge on the outlet stream.
            """;

    /** A given name no list holds: the title's word still ends the title, not the name. */
    @Test
    void theTitleMayRunIntoTheNameItWasReadWith() {
        AnnotatedDocument doc = extract(GLACIER);
        assertSpeaker(doc, "the Harrow ice field lost four metres of thickness last summer", "Ilsabet Varn-Oduya");
        assertSpeaker(doc, "closing the upper trail in August", "Ilsabet Varn-Oduya");
    }

    private static final String SENATE = """
            Senator Ruth Harlow-Penn opened the hearing on river pollution on Tuesday.

            The late Senator Abernathy said in 2019 that the mills should pay for the clean-up, Harlow-Penn told the \
            committee.
            """;

    /** "The late Senator Abernathy" is a titled name, no title of the senator named before. */
    @Test
    void aTitledSurnameIsNoTitle() {
        assertSpeaker(extract(SENATE), "the mills should pay for the clean-up", "Abernathy");
    }
}
