/**
 * Medical genetics and biochemistry. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const pcsk9GainOfFunction: SampleQuestion = {
  item: {
    source: 'GPQA_Medical_test',
    question:
      'The PCSK9 variant D374Y, found in families with autosomal dominant hypercholesterolemia, binds the EGF-A domain of the LDL receptor with much higher affinity than wild-type PCSK9. ' +
      'Cultured hepatocytes that secrete either the variant or wild-type PCSK9 are incubated with fluorescently labelled LDL. ' +
      'Compared with cells secreting wild-type PCSK9, which finding is expected in cells secreting the D374Y variant?',
    options: {
      A: 'Fewer LDL receptors at the cell surface and less LDL uptake, because more receptors are degraded in lysosomes',
      B: 'More LDL receptors at the cell surface but less LDL uptake, because the bound variant blocks the LDL-binding site',
      C: 'Unchanged surface LDL receptors but less LDL uptake, because receptor internalization is slowed',
      D: 'More LDL receptors at the cell surface and more LDL uptake, because the variant is retained in the endoplasmic reticulum',
    },
    answerIdx: 'A',
  },
  illustrates:
    'A long first pass that stops naturally, and forcing rounds that run into the budget: the second "Wait" round is cut at 2,048 tokens, so four requested rounds give the same cut as two.',
  thinking: `Okay, so the question is about a gain-of-function PCSK9 variant, D374Y, that binds the EGF-A domain of the LDL receptor more tightly, and they want to know what happens to surface LDL receptors and LDL uptake in hepatocytes.

My first instinct is that if PCSK9 binds the receptor more tightly, it might simply sit on the receptor and get in the way of LDL binding. Then the receptors would still be at the surface but they couldn't take up LDL. That would be option B. But let me think about the actual biology, because I'm not sure the EGF-A domain is where LDL binds.

The LDL receptor has several domains. At the N-terminus there are the ligand-binding repeats, the LA repeats, seven cysteine-rich repeats that bind apoB-100 on LDL and apoE on other lipoproteins. Then there's the EGF precursor homology domain, which contains EGF-A, EGF-B, a beta-propeller, and EGF-C. Then an O-linked sugar region, the transmembrane segment and the cytoplasmic tail with the NPxY motif that binds the adaptor proteins for clathrin-mediated endocytosis.

So LDL binds the LA repeats, not EGF-A. PCSK9 binds EGF-A. They bind different sites, so PCSK9 binding wouldn't directly block LDL binding. That makes B less likely.

Now, what does PCSK9 normally do? PCSK9 is a proprotein convertase, but its effect on the LDL receptor doesn't need its catalytic activity. After synthesis it cleaves itself once, in the endoplasmic reticulum, and the prodomain stays bound to it, so it's secreted as an inactive enzyme. The secreted PCSK9 binds the EGF-A domain of LDL receptors on the hepatocyte surface.

Normally, the LDL receptor binds LDL at the surface, the complex is internalized through clathrin-coated pits, and in the endosome the acidic pH causes the receptor to release LDL. The beta-propeller folds back onto the ligand-binding repeats, the closed conformation, which pushes the LDL off. The LDL goes on to the lysosome, and the receptor recycles to the surface. A single receptor can make well over a hundred trips.

When PCSK9 is bound to EGF-A, the receptor is still internalized, but in the endosome the binding of PCSK9 actually gets stronger at acidic pH. The bound PCSK9 prevents the receptor from adopting the closed conformation, and the receptor is sent to the lysosome along with the LDL and PCSK9, instead of recycling. So each receptor that binds PCSK9 is used once and destroyed.

That means PCSK9 reduces the number of LDL receptors on the cell surface, and so reduces LDL uptake. That's why loss-of-function PCSK9 variants give low LDL and protection from coronary disease, and why PCSK9 inhibitors like evolocumab and alirocumab lower LDL: they stop this degradation, so more receptors recycle.

Now the gain-of-function variant D374Y: it binds EGF-A with much higher affinity, so more receptors carry PCSK9 into the endosome and more receptors are degraded. The result would be fewer LDL receptors at the surface and less LDL uptake. That's exactly option A, and it explains why these families have autosomal dominant hypercholesterolemia, like familial hypercholesterolemia from LDLR or APOB mutations.

Let me go through the options again.

A. Fewer receptors at the surface and less LDL uptake, because more receptors are degraded in lysosomes. This matches the mechanism.

B. More receptors at the surface but less uptake because the bound variant blocks the LDL-binding site. As I worked out, PCSK9 binds EGF-A, and LDL binds the LA repeats. And the effect of PCSK9 is degradation, not blocking at the surface. Also, if the receptors couldn't be internalized and degraded, there would be more of them at the surface, but PCSK9 is internalized together with the receptor. So B is wrong.

C. Unchanged surface receptors but slower internalization. PCSK9 doesn't slow internalization; the receptor with PCSK9 bound is internalized normally through the NPxY motif. And the surface receptor number definitely changes. So C is wrong.

D. More receptors and more uptake because the variant is retained in the ER. Some loss-of-function PCSK9 mutations do impair the autocatalytic cleavage, so the protein is retained in the ER and not secreted, which would increase surface receptors. But D374Y is a gain-of-function mutation that is secreted and binds more tightly. So D describes a loss-of-function mechanism. Wrong.

Also, PCSK9 can act inside the cell too, by routing newly made receptors from the Golgi directly to the lysosome, but the main effect is the extracellular one, and either way the direction is the same: fewer receptors.

Let me also think about the human genetics, because it's a good check on the direction of the effect. Autosomal dominant hypercholesterolemia has three main genes: LDLR itself, APOB (mutations in the part of apoB-100 that binds the receptor, familial defective apoB), and PCSK9. Mutations in LDLR and APOB are loss-of-function, and they raise LDL because fewer receptors or less effective binding means less clearance. PCSK9 is the odd one out: the hypercholesterolemia mutations in PCSK9 are gain-of-function. If PCSK9 gain-of-function causes the same disease as LDLR loss-of-function, then PCSK9 must act by reducing LDL receptor function, which is what the degradation mechanism says.

And the loss-of-function side confirms it: nonsense variants in PCSK9, found in some African American individuals, lower LDL cholesterol by roughly a quarter over a lifetime and were associated with a large reduction in coronary heart disease. Carriers have more LDL receptors at the hepatocyte surface because fewer are degraded. That observation is what led to the PCSK9 antibodies.

So the genetics and the cell biology agree: more PCSK9 activity, fewer receptors, higher plasma LDL; less PCSK9 activity, more receptors, lower plasma LDL.

What about the fluorescent LDL experiment specifically? In cultured hepatocytes like HepG2 cells, LDL uptake is measured by incubating with a fluorescently labelled LDL, such as DiI-LDL, and then measuring the cell-associated fluorescence by flow cytometry or microscopy. Surface LDL receptors can be measured separately with an antibody against the receptor on non-permeabilized cells. With a gain-of-function PCSK9 in the medium, both should go down: fewer receptors detected at the surface, and less fluorescence taken up. With a PCSK9-blocking antibody added, both would go up. That fits option A again.

Is there any way the surface receptors could be unchanged while uptake drops, as in C? That would need a defect in internalization, like a mutation in the NPxY motif of the receptor tail or in the adaptor protein ARH, which causes autosomal recessive hypercholesterolemia. In that case receptors accumulate at the surface but can't be internalized. That's a receptor or adaptor defect, not a PCSK9 effect. So C describes a different disease.

One more thought about statins: statins lower intracellular cholesterol, which activates SREBP-2, which increases transcription of both LDLR and PCSK9. That's why statins raise PCSK9 levels, which blunts their effect, and why combining a statin with a PCSK9 inhibitor works well. Not directly relevant here, but it's consistent with PCSK9 being a negative regulator of the receptor.

So in cells secreting D374Y, there would be fewer LDL receptors at the surface, and less fluorescent LDL uptake, compared with wild-type PCSK9. The answer is A.
`,
  continuations: [
    `, let me double-check the pH dependence, because the question says the variant binds with higher affinity, and I should make sure that higher affinity leads to more degradation rather than, say, the variant getting stuck at the surface. At the neutral pH of the cell surface, wild-type PCSK9 binds EGF-A relatively weakly, so only some of the receptors carry it. The D374Y variant binds much more tightly at neutral pH, so a larger fraction of surface receptors are occupied. These are internalized normally, since PCSK9 binding doesn't interfere with the cytoplasmic tail. In the endosome, the affinity rises further at acidic pH, and the receptor can't release and recycle. So more occupied receptors means more receptors degraded, fewer at the surface, and less LDL uptake. Consistent with A.

This also explains why D374Y carriers have very high LDL levels, even higher than many other PCSK9 gain-of-function carriers. So A.
`,
    `, could the experimental setup be tricky? The cells are incubated with fluorescent LDL, and uptake is measured. If the variant were secreted less efficiently, there would be less PCSK9 in the medium and the effect could be smaller. But the question says the cells secrete the variant, and the point is the binding affinity. Another consideration: does the higher-affinity variant also bind LDL receptors that are already occupied by LDL? Yes, because the binding sites are different, PCSK9 binds EGF-A whether or not LDL is bound to the LA repeats. So the LDL-receptor complexes carrying the variant are internalized together, the LDL is still delivered to the lysosome, but the receptor goes with it and doesn't come back. Over time the number of receptors cycling falls, so total uptake falls. The fluorescence inside the cells would be lower after a few hours of incubation, compared with wild type. What about the transcriptional response? With less LDL uptake, intracellular cholesterol falls, SREBP-2 is activated, and more LDLR is made, but also more PCSK9, so the compensation is limited and the net effect is still fewer receptors at the surface.

Let me also consider the time course of the experiment, since it might matter for how the question expects the result to look. If the hepatocytes have been secreting the variant into the medium for a day or so before the LDL is added, then the steady state has already shifted: the surface receptor pool is smaller, because the rate of degradation is higher while the rate of synthesis is similar or only a little higher through SREBP-2. When the fluorescent LDL is added, uptake over the next few hours is roughly proportional to the number of surface receptors times the rate at which they cycle. With fewer receptors, uptake is lower. If instead the variant were added at the same time as the LDL, the first round of uptake might look nearly normal, because the receptors already at the surface would bind and internalize LDL once before being degraded, and the difference would only appear as the receptors fail to come back. In either design the direction is the same, and over a typical incubation of a few hours the difference in fluorescence would be clear.

Another possible trap: could the higher affinity variant bind so tightly at the surface that it stays there, not internalized, and so the receptors accumulate? No, because the complex is internalized through the receptor's own cytoplasmic tail, and PCSK9 doesn't change that. Experiments with the D374Y protein added to cells show a faster and larger loss of surface receptors than with wild-type PCSK9, which is the opposite of accumulation.

And a last consideration about option D: the ER retention idea. There are naturally occurring PCSK9 variants that fail autocatalytic processing and stay in the endoplasmic reticulum, and they can even act in a dominant negative way, holding back the wild-type protein produced from the other allele, because the prodomain is needed for secretion. Those lower LDL. But D374Y is processed normally and secreted, and the question says the cells secrete it. So D doesn't apply.

So overall, every line of evidence points to A: more degradation of the receptor, fewer receptors at the surface, less LDL taken up. I'm quite confident it's A.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{B}',
    'b256.r0': ' The answer is \\boxed{A}.',
    'b512.r0': ' \\boxed{A. Fewer LDL receptors at the cell surface and less LDL uptake, because more receptors are degraded in lysosomes}',
    'b1024.r0': ' \\boxed{A}',
    'b2048.r0':
      '\nPCSK9 bound to the EGF-A domain is carried into the endosome with the receptor and prevents its recycling, so the receptor is degraded in the lysosome; the higher-affinity D374Y variant degrades more receptors.\n\n\\boxed{A}',
    'b2048.r1': '\n\\boxed{A}',
    'b2048.r2': ' \\boxed{A}',
  },
};

export const GENETICS: SampleQuestion[] = [pcsk9GainOfFunction];
