package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A speaker separated from its cue by an aside between commas or dashes, and what the aside gives it. */
class AsidesTest {

    @Test
    void aNameWithoutTitleOrFirstNameAfterABodysNounIsTheBodysAndTakesIt() {
        AnnotatedDocument doc = Pipeline.extract("The railroad, Tarn Valley & Northern, said in a statement that it regretted the"
                + " delays. It said it would refund all fares.\n\nThe insurer, Mara Velt, said the claims were paid.");
        assertEquals("Tarn Valley & Northern", statement(doc, "it would refund all fares").speaker);
        // A first name keeps the aside a person's.
        assertEquals("Mara Velt", statement(doc, "the claims were paid").speaker);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the claims were paid").kind);
    }

    /** Round 58: a vessel's name with "the" after a person's description names the vessel; the description speaks. */
    @Test
    void aThingsNameAfterAPersonsDescriptionIsNoSpeaker() {
        AnnotatedDocument doc = Pipeline.extract("""
                The navy held two fishing boats on Friday.

                The captain of one of the boats, the Sjovind, reached by satellite phone, said his men were safe.

                The captain, Halvard Eikeland-Moe, 61, has fished the bank since 1998.
                """);
        assertEquals("Halvard Eikeland-Moe", statement(doc, "his men were safe").speaker);
    }

    @Test
    void asideWithAClauseBetweenSpeakerAndCue() {
        assertMentions("Trump, when asked about the plan, said it would work.",
                "Trump | it would work | said | indirect");
    }

    @Test
    void aQuantifierFloatingAfterTheSubjectsBrackets() {
        assertMentions("Reps. Ada Lund (D-Ore.) and Eva Berg (D-N.J.) both suggested that the quay should close.",
                "Eva Berg | the quay should close | suggested | indirect");
    }

    @Test
    void aLongAsideOpenedByABareRoleOrHoldingAQuotedTitle() {
        assertMentions("""
                Ola Vik, director of the Institute for Coastal Studies at the University of the Far North in Tromso, said the pier would hold.
                Kari Lund, the author of “Tides and Towns,” a history of ports, said the harbour was too small.
                """,
                "Ola Vik | the pier would hold | said | indirect",
                "Kari Lund | the harbour was too small | said | indirect");
    }

    @Test
    void nameWithSeveralOrLongAsidesBeforeTheCue() {
        assertMentions("""
                Mara Lind, 34, a nurse from Dayton, said the clinic would close.
                Sen. Ada Holm (D-Ore.), chair of the budget panel, said the bill was dead.
                Piet Vos, a farmer who had sold his land to the county before the drought ruined the harvest, said he was relieved.
                """,
                "Mara Lind | the clinic would close | said | indirect",
                "Sen. Ada Holm | the bill was dead | said | indirect",
                "Piet Vos | he was relieved | said | indirect");
    }

    @Test
    void anAdverbialOrParticipleAsideMayRunLongOrHoldAComma() {
        assertMentions("""
                Holm, during a town hall meeting in Salem, Oregon, said the ferry would run.
                Sen. Ada Vik, facing a close race in Iowa, a swing state, said she would vote no.
                Lind, in the wake of a new survey showing the harbour's traffic down to half of its level, told reporters the port must adapt.
                """,
                "Holm | the ferry would run | said | indirect",
                "Sen. Ada Vik | she would vote no | said | indirect",
                "Lind | the port must adapt | told | indirect");
    }

    @Test
    void theSubjectOfAnObjectRelativeMayHaveAnAside() {
        assertMentions("""
                The fees were raised, which the union's chief, Tom Holm, called “total nonsense.”
                It was a vote in which a former mayor -- the pilot Ola Vik -- questions the ferry's future.
                """,
                "the union's chief, Tom Holm | “total nonsense.” | called | direct",
                "a former mayor -- the pilot Ola Vik | the ferry's future | questions | indirect");
        // An aside that opens no apposition leaves the clause before it without a subject.
        assertMentions("The party, in which Ola Vik played a founding role, and which backed him, is planning a vote.");
    }

    @Test
    void anAsideBetweenDashesBeforeTheCue() {
        assertMentions("""
                Brekke -- editor of the Harbour Gazette -- said the quay would reopen.
                Ola Moen — a ferry pilot, 41, from Molde — said the channel was silted up.
                """,
                "Brekke -- editor of the Harbour Gazette | the quay would reopen | said | indirect",
                "Ola Moen | the channel was silted up | said | indirect");
    }

    @Test
    void whereTheSpeakerComesFromIsAnAsideToo() {
        assertMentions("""
                Mara Olsen, of Bergen, Norway, said the ferry was late.
                Per Holm, 59, of Ashton, Md., who watched the launch from the pier, said the event brought back memories.
                """,
                "Mara Olsen | the ferry was late | said | indirect",
                "Per Holm | the event brought back memories | said | indirect");
    }

    @Test
    void theAsideGivesTheNameOrTheRole() {
        AnnotatedDocument doc = attribute("""
                The harbour master, Lena Brandt, said the quay would reopen.
                Brandt, the port's chief engineer, said the cranes were old.
                Piet Vos, who farms near the dam, said the water was low.
                """);

        Mention named = statement(doc, "the quay would reopen").mention;
        assertEquals("Lena Brandt", named.name());
        assertEquals("harbour master", named.role());
        Mention titled = statement(doc, "the cranes were old").mention;
        assertEquals("Brandt", titled.name());
        assertEquals("port's chief engineer", titled.role());
        Mention plain = statement(doc, "the water was low").mention;
        assertEquals("Piet Vos", plain.name());
        assertEquals("", plain.role());
    }

    @Test
    void anAgeBeforeTheAppositionOfANameWithAWhichClause() {
        AnnotatedDocument doc = attribute("""
                Ilse Marten, 51, a night nurse at the Fairview clinic, which the county plans to sell, said the beds were full.
                Owen Tarrant, of Lisle, a foreman at the Birch Lane mill, which closed in May, said the vote came too late.
                """);

        assertEquals("Ilse Marten", statement(doc, "the beds were full").mention.name());
        assertEquals("Owen Tarrant", statement(doc, "the vote came too late").mention.name());
    }

    /** Round 49: a verb after the subject's comma opens no aside; the inverted cue's speaker follows it. */
    @Test
    void aVerbAfterTheSubjectsCommaOpensNoAside() {
        assertMentions("The club's boats, a dinghy and an old steel barge, were paid for with raffle tickets and a summer fair, says Tove Rasch.",
                "Tove Rasch | The club's boats, a dinghy and an old steel barge, were paid for with raffle tickets and a summer fair | says | indirect");
    }

    @Test
    void anHonorificBeforeAnOfficeAddressesItsHolderAndIsNoName() {
        AnnotatedDocument doc = Pipeline.extract("""
                QUESTION (Ana Ruud, Kystposten): Mr Governor, the harbour chief, Nils Oterdal, said on Friday that the quay \
                would close. Is that true?

                THE GOVERNOR: No.

                Ms Okafor, the council's treasurer, Ruth Danvik, said that the budget was short.
                """);
        Pipeline.assertSpeaker(doc, "the quay would close", "Nils Oterdal");
        // A surname after the honorific keeps the name the description is set off from.
        Pipeline.assertSpeaker(doc, "the budget was short", "Ms Okafor");
    }
}
