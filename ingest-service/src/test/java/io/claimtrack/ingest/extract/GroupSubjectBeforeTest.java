package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 49: a "They" opening the sentence after one that opens with a definite plural of people is that
 * group, not the last body that spoke.
 */
class GroupSubjectBeforeTest {

    @Test
    void theyAfterAPluralOfPeopleIsThatGroup() {
        AnnotatedDocument doc = extract("""
                Pell and others (Claimants) v Borough of Arnley (Defendant)

                The Borough said in 2030 that rents would rise.

                The claimants, six tenants of the Arnley estate, brought the claim in 2031. They argued that the \
                Borough had failed to warn them before raising the rents.
                """);
        assertEquals("claimants", speakerOf(doc, "the Borough had failed"));
    }

    @Test
    void theyAfterAStatementOrAThingKeepsTheResolvedSpeaker() {
        AnnotatedDocument doc = extract("""
                The harbour board said the pier was safe. The ferries were late on Monday. They said the fog had \
                been too thick.
                """);
        assertEquals("The harbour board", speakerOf(doc, "the fog had"));
    }

    @Test
    void aPartOfAGroupOpeningTheSentenceBeforeIsThatGroup() {
        AnnotatedDocument doc = extract("""
                The ferry board met on Tuesday in Orrin.

                More than 40 parents packed the hall. Several said the new timetable would cost them an hour a \
                day.

                Nurses from the Vale clinic marched on Friday. Many say their night shifts have doubled.
                """);
        assertEquals("More than 40 parents", speakerOf(doc, "the new timetable"));
        assertEquals("Nurses", speakerOf(doc, "their night shifts"));
    }

    @Test
    void aPartAfterAThingOrInAnotherParagraphStaysAsItStands() {
        AnnotatedDocument doc = extract("""
                More than 40 commuters packed the hall.

                Several said the new timetable would cost them an hour a day. The trains were late again. Many \
                said the fares were too high.
                """);
        assertEquals("Several", speakerOf(doc, "the new timetable"));
        assertEquals("Many", speakerOf(doc, "the fares were"));
    }

    @Test
    void aPartAfterAFrontedAdverbialsPluralOrATrailingCuesGroupIsThatGroup() {
        AnnotatedDocument doc = extract("""
                The river Brannock burst its banks at Tolvey on Sunday.

                In a chapel hall on the hill above the town, evacuees slept on folding chairs. Many said the water \
                had reached their windows within an hour.

                The harvest will be late this year, orchard owners said. Several said they had lost whole rows of \
                pear trees.

                About 60 permit holders met at the quay on Monday. Most said the new moorings came too late.
                """);
        assertEquals("evacuees", speakerOf(doc, "the water had reached"));
        assertEquals("orchard owners", speakerOf(doc, "they had lost whole rows"));
        assertEquals("About 60 permit holders", speakerOf(doc, "the new moorings"));
    }

    @Test
    void aPartAfterAFrontedAdverbialWithoutPeopleStaysAsItStands() {
        AnnotatedDocument doc = extract("""
                In the flooded streets of Tolvey, the water rose past the shop windows. Many said the warning \
                had come too late.
                """);
        assertEquals("Many", speakerOf(doc, "the warning had come"));
    }

    /** Round 59: a part after another part of the same counted group is of that group too; "households" are people. */
    @Test
    void aPartAfterAnotherPartIsOfTheSameGroup() {
        AnnotatedDocument doc = extract("""
                The Harbour Board published its plan for the Tollan quay in March.

                Sixty-three households wrote to the Board. Most opposed the night dredging. Several said the noise \
                kept their children awake.

                Sixty-three boats moored at the quay. Most left at dawn. Several said the tide was too low.
                """);
        assertEquals("Sixty-three households", speakerOf(doc, "the night dredging"));
        assertEquals("Sixty-three households", speakerOf(doc, "the noise kept"));
        assertEquals("Several", speakerOf(doc, "the tide was too low"));
    }

    /** Round 60: "Several of them" is the same part of the group as a bare "Several". */
    @Test
    void aPartOfThemIsTheGroupBefore() {
        AnnotatedDocument doc = extract("""
                The levy vote was held on Monday in Ostrel.

                Farmers lined the road outside the hall. Several of them said the levy would ruin the harvest.

                Merchants filled the gallery. Most of them said the market tax was too high.
                """);
        assertEquals("Farmers", speakerOf(doc, "the levy would ruin"));
        assertEquals("Merchants", speakerOf(doc, "the market tax"));
    }
}
