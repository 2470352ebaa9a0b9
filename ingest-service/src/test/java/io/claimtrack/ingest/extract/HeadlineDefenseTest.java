package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "Defense says ..." in a headline is the defendant's lawyer its story names, not a person called Defense (issue 10). */
class HeadlineDefenseTest {

    @Test
    void aHeadlinesDefenseIsTheDefendantsLawyerNotTheProsecutor() {
        AnnotatedDocument doc = extract("""
                Jury convicts former harbour clerk in permit scheme
                Defense says it will appeal; sentencing set for May

                A Velland County jury on Friday found the county's former harbour clerk guilty of selling mooring permits.

                Tomas Brekke, 47, was convicted on six of eight counts. His lawyer, Ines Halvorsen-Tate, said her client \
                would appeal.

                Assistant District Attorney Paul Okonjo said the scheme had run for years.
                """);
        assertSpeaker(doc, "it will appeal", "Ines Halvorsen-Tate");
    }

    /** A defence ministry keeps its own name: "Defence" is a title word only where a headline capitalises it alone. */
    @Test
    void aDefenceMinistryIsNoLawyer() {
        AnnotatedDocument doc = extract("""
                Navy begins exercise in the north, defence ministry says

                The navy began an exercise on Thursday, Ostmark's Defence Ministry said in a statement.
                """);
        assertSpeaker(doc, "The navy began an exercise on Thursday", "Ostmark's Defence Ministry");
    }

    /**
     * "the defence said" in a court story that names its defence lawyer only paragraphs later: a trial's side is the one
     * lawyer the story gives its title, however far, as a headline's "Defense" is.
     */
    @Test
    void theDefenceInProseIsTheDefenceLawyerTheStoryNamesLater() {
        AnnotatedDocument doc = extract("""
                HARLEN — A 40-year-old truck driver on Monday pleaded guilty to dangerous driving causing death.

                Tomas Velde-Arnesen stood in the dock and spoke only to confirm his plea. He faces up to 10 years in \
                prison, though the defence said it expected a shorter sentence.

                The victim, Ines Kolb, 31, was struck while jogging at dawn.

                Crown prosecutor Mara Lindqvist-Oduya told the court that the driver had been speeding.

                Defence lawyer Piet Sandoval-Roux said his client "has not slept since."
                """);
        assertSpeaker(doc, "it expected a shorter sentence", "Piet Sandoval-Roux");
    }

    /** A headline's "Prosecution says" is the prosecutor its story names, as its "Defense" is the defendant's lawyer. */
    @Test
    void aHeadlinesProsecutionIsTheProsecutor() {
        AnnotatedDocument doc = extract("""
                Former mayor's fraud trial opens; Prosecution says he hid $2 million

                By Ines Marrow

                KELDHAM — The fraud trial of former mayor Aldous Brenn opened on Monday.

                Crown prosecutor Edgar Sloane told jurors that Brenn had hidden $2 million in accounts abroad. Defence \
                lawyer Nadia Frost said her client would testify.
                """);
        assertSpeaker(doc, "he hid $2 million", "Edgar Sloane");
    }

    /**
     * A deck's "defense vows appeal" after a semicolon is the lawyer the story gives its client by name ("Halvorsen's
     * lawyer"), as "his lawyer" is; two clients' lawyers leave it as written.
     */
    @Test
    void aDecksDefenseIsTheLawyerOfTheClientTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Jury convicts Halvorsen of fraud in grain co-op collapse
                Members relieved after two-week trial; defense vows appeal

                A Dunmore County jury on Friday found Petra Halvorsen guilty of fraud in the collapse of the Eastfield \
                grain cooperative.

                Halvorsen's lawyer, Dmitri Okafor-Lund, said he would appeal the verdict.
                """);
        assertSpeaker(doc, "appeal", "Dmitri Okafor-Lund");
        AnnotatedDocument two = extract("""
                Jury splits verdicts in grain co-op collapse
                Members relieved after two-week trial; defense vows appeal

                A Dunmore County jury on Friday found Petra Halvorsen guilty of fraud and cleared Ivo Marek.

                Halvorsen's lawyer, Dmitri Okafor-Lund, said he would appeal the verdict. Marek's lawyer, Sanna Liel, \
                said her client was relieved.
                """);
        assertSpeaker(two, "appeal", "defense");
    }

    /**
     * "Attorney Ines Varga-Holm told jurors that her client ...": a lawyer titled only as one is the defence a deck's
     * "defense says" means when the sentence naming her speaks of a client; without one she stays unknown to it.
     */
    @Test
    void aDecksDefenseIsTheBareTitledLawyerWhoSpeaksOfAClient() {
        AnnotatedDocument doc = extract("""
                Trial opens in Millbrook bridge collapse
                State says inspections were faked; defense says storm to blame

                A bridge contractor knew its welds had failed inspection, a prosecutor told jurors Monday.

                The defense told a different story. Attorney Ines Varga-Holm told jurors that her client had followed \
                every plan the county approved.
                """);
        assertSpeaker(doc, "storm to blame", "Ines Varga-Holm");
        AnnotatedDocument none = extract("""
                Trial opens in Millbrook bridge collapse
                State says inspections were faked; defense says storm to blame

                A bridge contractor knew its welds had failed inspection, a prosecutor told jurors Monday.

                Attorney Ines Varga-Holm, who represents the families of two drivers, said the county should pay.
                """);
        assertSpeaker(none, "storm to blame", "defense");
    }
}
