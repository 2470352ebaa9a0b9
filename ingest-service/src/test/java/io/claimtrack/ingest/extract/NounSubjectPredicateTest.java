package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

class NounSubjectPredicateTest {

    @Test
    void aSecondVerbOfTheContentsOwnNounSubjectStaysInsideTheContent() {
        assertMentions("""
                Hal Brenner, a lawyer for the builder, told the committee that the firm has trimmed the block but is still refusing the rooftop garden.
                Oona Pratt says the landlord has fixed the boiler but is still disputing the bill for the plumber.
                """,
                "Hal Brenner, a lawyer for the builder | the firm has trimmed the block but is still refusing the rooftop garden | told | indirect",
                "Oona Pratt | the landlord has fixed the boiler but is still disputing the bill for the plumber | says | indirect");
    }

    @Test
    void theSpeakersOwnSecondVerbStillStartsAStatement() {
        assertMentions("""
                Commissioner Ravi Oduya said the ferry line had lost money and urged the council to raise the fares.
                The Harbour Workers Union said the strike had ended and added that the pickets would go home.
                Lena Dorr said she had phoned the mill owners and criticized the delay in the repairs.
                Tomas Reyl said the port board had met twice and accused the mayor of hiding the audit.
                """,
                "Commissioner Ravi Oduya | the ferry line had lost money | said | indirect",
                "Commissioner Ravi Oduya | the council to raise the fares | urged | indirect",
                "The Harbour Workers Union | the strike had ended | said | indirect",
                "The Harbour Workers Union | the pickets would go home | added | indirect",
                "Lena Dorr | she had phoned the mill owners | said | indirect",
                "Lena Dorr | the delay in the repairs | criticized | indirect",
                "Tomas Reyl | the port board had met twice | said | indirect",
                "Tomas Reyl | the mayor of hiding the audit | accused | indirect");
    }
}
