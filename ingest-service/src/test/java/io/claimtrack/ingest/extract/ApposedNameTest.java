package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A description set off before the name it describes is that person: "said the survey's co-author, Dr. Marta
 * Quellen,", "The second witness, forensic accountant Lena Darrow-Pike, testified", with the quotes and pronouns
 * that follow; not a name that opens a clause of its own after the comma.
 */
class ApposedNameTest {

    private static final String STORY = """
            Commuters sleep less than they think, survey finds

            By Ilse Varnum

            People who commute more than an hour each way sleep 40 minutes less than they report, according to a \
            survey released Monday.

            “Most people have no idea how short their nights have become,” said the survey’s co-author, Dr. Marta \
            Quellen, a sociologist at Briskwater University. “They count the time in bed, not the time asleep.”

            She said employers could help by letting staff start later.

            The region’s chief planner for transport, Dr. Osric Vale-Denholm, said the findings were no surprise. He \
            said two new train lines would open next year.
            """;

    @Test
    void theDescriptionBeforeADoctorsNameIsThatDoctor() {
        AnnotatedDocument doc = extract(STORY);
        assertSpeaker(doc, "“Most people have no idea how short their nights have become,”", "Marta Quellen");
        assertSpeaker(doc, "“They count the time in bed, not the time asleep.”", "Marta Quellen");
        assertSpeaker(doc, "employers could help by letting staff start later", "Marta Quellen");
    }

    @Test
    void theNameMayFollowTheDescriptionsComplement() {
        AnnotatedDocument doc = extract(STORY);
        assertSpeaker(doc, "the findings were no surprise", "Osric Vale-Denholm");
        assertSpeaker(doc, "two new train lines would open next year", "Osric Vale-Denholm");
    }

    @Test
    void anOccupationMayStandBeforeTheName() {
        assertSpeaker(extract("""
                Bookkeeper's trial hears from auditor

                The second witness, forensic accountant Lena Darrow-Pike, testified that the ledgers had been \
                altered at least 40 times.
                """), "the ledgers had been altered at least 40 times", "Lena Darrow-Pike");
    }

    @Test
    void aNameOpeningAClauseAfterTheCommaIsSomeoneElse() {
        AnnotatedDocument doc = extract("""
                Rowers lose final

                The team lost by two lengths, said the coach, adding that Ola Brandvik, the stroke, had been ill \
                all week.
                """);
        assertNotEquals("Ola Brandvik", Pipeline.statement(doc, "The team lost by two lengths").speaker);
    }

    /**
     * "The junior coalition partner, the Rural League, has said": a name "the" opens is a body's, however its words
     * read, and the "she" after it is not the body's but the minister's.
     */
    @Test
    void aBodysNameSetOffAfterItsDescriptionIsTheBody() {
        AnnotatedDocument doc = extract("""
                Finance Minister Ada Kurz said the budget would pass. The junior coalition partner, the Rural League, \
                has said it will vote against any cut to subsidies.

                "I understand their worries," she said.
                """);
        assertSpeaker(doc, "it will vote against any cut to subsidies", "Rural League");
        assertSpeaker(doc, "\"I understand their worries,\"", "Ada Kurz");
    }

    /** Round 48: "One of them, Ms. NAME," names the one of a group who speaks. */
    @Test
    void aPartitiveIsTheNameInApposition() {
        AnnotatedDocument doc = extract("""
                Three drivers gave evidence. One of them, Ms. Karin Ostby, testified that she had worked eleven hours \
                without a break.
                """);
        assertSpeaker(doc, "she had worked eleven hours without a break", "Karin Ostby");
    }

    /** Issue 10, round 49: the name set off after "According to the spokesman," opens what was said, not the speaker. */
    @Test
    void aNameSetOffInsideWhatWasSaidIsNotTheSpeakers() {
        AnnotatedDocument doc = extract("""
                At today's briefing, the spokesman of the Ministry of Defence, Major Ion Serban, informed journalists \
                about the situation. "We are ready," the spokesman said.

                According to the spokesman, the Commander of the Coastal Guard, Admiral Piet Romer, visited two naval \
                bases on Friday.
                """);
        assertSpeaker(doc, "the Commander of the Coastal Guard, Admiral Piet Romer, visited two naval bases on Friday",
                "Major Ion Serban");
    }
}
