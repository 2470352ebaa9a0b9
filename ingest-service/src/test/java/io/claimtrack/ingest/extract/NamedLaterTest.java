package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A lede describes and the body names: "a prosecutor said" at the top of a court story is the one person the story
 * gives a prosecutor's title further down, "her lawyer" the one it gives a defence title; not a spokesperson of any
 * body, not someone the story names before, and not when two people hold the title.
 */
class NamedLaterTest {

    private static final String STORY = """
            Former club secretary jailed for taking $90,000

            By Ines Marrow

            KELDHAM — A former secretary of the Keldham Rowing Club was jailed Tuesday for two years, for taking \
            money that a prosecutor said went on holidays and a car.

            Rosalind Pyke, 51, pleaded guilty in May. She was ordered to repay the money, though her lawyer told the \
            court she has nothing left to sell.

            Crown prosecutor Edgar Sloane had asked for three years. He told the court the thefts ran over six years.

            Defence lawyer Nadia Frost argued for a sentence served at home.
            """;

    @Test
    void aProsecutorInTheLedeIsTheProsecutorNamedBelow() {
        assertSpeaker(extract(STORY), "went on holidays and a car", "Edgar Sloane");
    }

    @Test
    void herLawyerIsTheDefenceLawyerNamedBelow() {
        assertSpeaker(extract(STORY), "she has nothing left to sell", "Nadia Frost");
    }

    @Test
    void anAttorneyForTheStateIsNoOnesLawyer() {
        AnnotatedDocument doc = extract("""
                Contractor's trial hears closing arguments

                ORVILLE — A prosecutor told jurors on Monday that the contractor ignored warnings, while his lawyer \
                argued that the blame lay with a supplier.

                Assistant District Attorney Paula Brenner spoke for two hours.

                The defense attorney, Simon Kittredge, told jurors the state had charged the wrong man.
                """);
        assertSpeaker(doc, "the contractor ignored warnings", "Paula Brenner");
        assertSpeaker(doc, "the blame lay with a supplier", "Simon Kittredge");
    }

    @Test
    void aSpokespersonIsSomeoneNew() {
        AnnotatedDocument doc = extract("""
                Cooling centres stay open late

                A city spokesperson said 900 people used the centres on Monday.

                "We are close to our peak," said Tobias Wren, a Harlow Power spokesman.
                """);
        assertSpeaker(doc, "900 people used the centres on Monday", "A city spokesperson");
    }

    @Test
    void aWordForSeveralOfficesIsSomeoneNew() {
        AnnotatedDocument doc = extract("""
                Senator to unveil dementia plan

                A campaign official said the plan would cost $2 billion a year.

                Campaign official Rhea Dunmore said the senator would speak in Ostby on Friday.
                """);
        assertSpeaker(doc, "the plan would cost $2 billion a year", "A campaign official");
    }

    @Test
    void twoProsecutorsLeaveTheDescriptionAsWritten() {
        AnnotatedDocument doc = extract("""
                Two charged in port fraud

                DUNMORE — A prosecutor said the scheme ran for a decade.

                Crown prosecutor Edgar Sloane and Crown prosecutor Ilse Varnum asked for five years each.
                """);
        assertSpeaker(doc, "the scheme ran for a decade", "A prosecutor");
    }

    /** "the country's finance minister" in a wire's lede is as owned as "her lawyer": the finance minister named below. */
    @Test
    void thePlacesMinisterInTheLedeIsTheMinisterNamedBelow() {
        AnnotatedDocument doc = extract("""
                Varnish crown rebounds on intervention warning

                SINGAPORE, March 4 (Orbis) - The Varnish crown jumped the most in six weeks on Wednesday after the \
                country's finance minister warned speculators that the authorities were ready to step into the market.

                The crown rose 1.6% to 14.22 per dollar.

                "We are watching the market very closely," Finance Minister Ilse Varga-Moreau told reporters in Port \
                Selden. She declined to say whether the central bank had already sold dollars.

                "It buys time," said Devika Ostrom, a strategist at Harlow Bank in Singapore.
                """);
        assertSpeaker(doc, "the authorities were ready to step into the market", "Ilse Varga-Moreau");
    }

    /**
     * "The Regional Director" of a readout that received "the Regional Director of the Coastal Health Organization
     * (CHO), Dr. Tomas Ekwueme-Lind": the capitalised title set off before the name, past its body's acronym and the
     * honorific, though its first word is no role.
     */
    @Test
    void aCapitalisedTitleOfSeveralWordsIsThePersonItIsSetBefore() {
        AnnotatedDocument doc = extract("""
                On the meeting of Minister of Health Ilona Varek-Tamm with the Regional Director of the Coastal Health Organization

                On 3 May, Minister of Health of the Republic of Ostrava Ilona Varek-Tamm received the Regional Director of \
                the Coastal Health Organization (CHO), Dr. Tomas Ekwueme-Lind, who is in Velmar on a working visit.

                The Minister welcomed the guest and thanked the CHO for its support.

                The Regional Director confirmed that the CHO was ready to send a team of experts to the north in June.
                """);
        assertSpeaker(doc, "the CHO was ready to send a team of experts to the north in June", "Tomas Ekwueme-Lind");
    }

    /**
     * A rank between the comma and the name ("Captain") still sets the title off, and a name after ", and" is set off by
     * no title: "The Chief Inspector" is the captain, not the pilot named after him.
     */
    @Test
    void aTitleSetOffBeforeARankIsThatPersonsNotTheNameAfterTheNextComma() {
        AnnotatedDocument doc = extract("""
                Ferry ramp to reopen after inspection

                On Monday the Chief Inspector of the Vellby Port Authority, Captain Oskar Lindqvist, inspected the damaged \
                ramp, and Freya Ostberg, a pilot, went with him.

                The Chief Inspector said the crossing would reopen on Friday.
                """);
        assertSpeaker(doc, "the crossing would reopen on Friday", "Oskar Lindqvist");
    }

    /**
     * Round 55 (olderres2): a place's office in a wire's lede ("Marvonia's special envoy for the strait said") is the
     * next person the story names with a title of their own set off ("Hedda Lorrimer-Vask, a former Marvonian transport
     * minister who"), and so is the story's later description with the same head ("The Marvonian envoy").
     */
    @Test
    void aPlacesOfficeInTheLedeIsTheNextPersonNamedWithATitle() {
        AnnotatedDocument doc = extract("""
                Daskavia, Pellmore agree to ferry talks

                ORRIN, May 6 (Meridian) - Daskavia and Pellmore have agreed to hold their first direct talks on the Orrin \
                ferry in two years, Marvonia's special envoy for the strait said on Friday.

                Hedda Lorrimer-Vask, a former Marvonian transport minister who has mediated between the two neighbours \
                since 2029, told a news conference in Orrin that the delegations would meet on May 20.

                Neither government confirmed the date. A Daskavian diplomat said the agenda was not yet agreed.

                The Marvonian envoy said she would travel to both capitals next week.
                """);
        assertSpeaker(doc, "Daskavia and Pellmore have agreed to hold their first direct talks on the Orrin ferry in two years",
                "Hedda Lorrimer-Vask");
        assertSpeaker(doc, "she would travel to both capitals next week", "Hedda Lorrimer-Vask");
    }

    /** A firm's office ("Corvane's chief negotiator"): the text uses no people's adjective of the owner, so no place's. */
    @Test
    void aFirmsOfficeInTheLedeKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                Corvane nears deal on port cranes

                ORRIN, May 6 (Meridian) - Corvane is close to a deal to supply cranes to the port of Orrin, Corvane's \
                chief negotiator said on Friday.

                Hedda Lorrimer-Vask, a former transport minister who chairs the port board, told reporters that the \
                board would vote on May 20.
                """);
        assertSpeaker(doc, "Corvane is close to a deal to supply cranes to the port of Orrin", "Corvane's chief negotiator");
    }
}
