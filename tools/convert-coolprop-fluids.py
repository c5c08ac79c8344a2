#!/usr/bin/env python3
"""Converts CoolProp fluid files (JSON, MIT licence) into CryoStudio's line-based fluid format.

Usage: tools/convert-coolprop-fluids.py [REFERENCE_DIR] [OUTPUT_DIR]
  REFERENCE_DIR  default ../shared/reference (holds fluids/*.json and fluid_eos_references.bib)
  OUTPUT_DIR     default bundles/org.cryostudio.physics/resources/org/cryostudio/physics/fluids

The MIT licence notice of CoolProp is copied beside the output (LICENSE-CoolProp).
Only what the Helmholtz-energy engine needs is carried over: constants, reducing state, the
ideal-gas and residual Helmholtz terms of the first (reference) EoS of each file, the saturation
ancillaries used as starting values, the validity range and the references. The physics bundle
reads the output at run time; it never reads the JSON files.

Output format (one record per line, '#' starts a comment, fields separated by blanks):
  fluid NAME                      file name of the source JSON without extension
  source TEXT                     provenance of this file
  molar_mass M                    kg/mol
  gas_constant R                  J/(mol K), the value the EoS was fitted with
  reducing T_r rho_r              K, mol/m3 (tau = T_r/T, delta = rho/rho_r)
  critical T_c p_c rho_c          K, Pa, mol/m3 (p_c NaN: take it from the EoS)
  triple T_t p_liquid p_vapour rho_liquid rho_vapour   K, Pa, Pa, mol/m3, mol/m3
  range T_min T_max p_max         K, K, Pa: the EoS validity range
  pseudo_pure true|false
  eos KEY[,KEY]                   BibTeX keys of the EoS (and ideal-gas part if separate)
  cite KEY TEXT                   full citation of one key
  uncertainty TEXT                stated uncertainty of the EoS
  alpha0 lead a1 a2               ln(delta) + a1 + a2 tau
  alpha0 offset a1 a2 REF         a1 + a2 tau (reference-state shift, REF names the state)
  alpha0 logtau a                 a ln(tau)
  alpha0 power n t                n tau^t
  alpha0 pe n theta               n ln(1 - exp(-theta tau))
  alpha0 peg n theta c d          n ln(c + d exp(theta tau))
  alphar power n d t l            n delta^d tau^t exp(-delta^l)  (l = 0: no exponential)
  alphar gauss n d t eta beta gamma epsilon
                                  n delta^d tau^t exp(-eta (delta-epsilon)^2 - beta (tau-gamma)^2)
  alphar nonanalytic n a b beta A B C D
                                  IAPWS-95 / Span-Wagner non-analytic term
  alphar gaob n d t eta beta gamma epsilon b
                                  n delta^d tau^t exp(eta (delta-epsilon)^2 + 1/(beta (tau-gamma)^2 + b))
  melting_source KEY TEXT          citation of the melting line
  melting_shift DT                 K; the melting parts are evaluated at T - DT (a borrowed line)
  melting KIND T_min T_max T_0 p_0 ; a... ; t...   melting pressure, Pa (validity guard only):
                                  simon: p_0 + a ((T/T_0)^t - 1); tr: p_0 (1 + sum a ((T/T_0)^t - 1));
                                  theta: p_0 (1 + sum a (T/T_0 - 1)^t)
  anc NAME KIND T_r reducing use_tau T_min T_max max_error_percent ; n... ; t...
                                  saturation ancillary, NAME in pS pL pV rhoL rhoV; KIND exp|noexp:
                                  exp:   reducing * exp((T_r/T if use_tau) * sum n theta^t)
                                  noexp: reducing * (1 + sum n theta^t), theta = 1 - T/T_r
"""
import json
import os
import re
import shutil
import sys

FLUIDS = ["Helium", "Hydrogen", "ParaHydrogen", "Deuterium", "Neon", "Nitrogen", "Oxygen", "Argon",
          "CarbonMonoxide", "CarbonDioxide", "Methane", "Water", "Krypton", "Xenon", "Air"]

# Citations missing from fluid_eos_references.bib (CoolProp's bibliography lacks them).
EXTRA_CITATIONS = {
    "Lemmon-JPCRD-2000": "E. W. Lemmon, R. T. Jacobsen, S. G. Penoncello, D. G. Friend: Thermodynamic "
                         "Properties of Air and Mixtures of Nitrogen, Argon, and Oxygen From 60 to 2000 K at "
                         "Pressures to 2000 MPa. J. Phys. Chem. Ref. Data 29 (2000) 331-385. doi:10.1063/1.1285884",
}

# Stated uncertainties, summarised from the abstracts of the EoS papers. They are quoted from
# memory of those abstracts [R] (the papers are paywalled); they describe the EoS, not this code.
UNCERTAINTY = {
    "Helium": "density 0.02-0.1 % for most of the fluid range, vapour pressure ~0.1 %; below the "
              "lambda line (2.1768 K) He II is not represented (Ortiz-Vega et al. 2019, via REFPROP 10) [R]",
    "Hydrogen": "density 0.1 % from the triple point to 250 K up to 40 MPa (0.2 % in pressure near the "
                "critical point), 0.04 % from 250 to 450 K up to 300 MPa; heat capacities ~1 % "
                "(Leachman et al. 2009, abstract) [R]",
    "ParaHydrogen": "density 0.1 % from the triple point to 250 K up to 40 MPa (0.2 % in pressure near the "
                    "critical point), 0.04 % from 250 to 450 K up to 300 MPa; heat capacities ~1 % "
                    "(Leachman et al. 2009, abstract) [R]",
    "Deuterium": "density ~0.1-0.5 %, vapour pressure ~0.1 %, heat capacities ~1-2 % (Richardson et al. "
                 "2014, abstract) [R]",
    "Neon": "density ~0.1 % in the liquid and gas, speed of sound ~0.5 %, vapour pressure ~0.05 % "
            "(Thol et al. 2019) [R]",
    "Nitrogen": "density 0.02 % below 523 K and 12 MPa, speed of sound 0.01-0.1 % in the gas, heat "
                "capacity ~0.3 % (Span et al. 2000, abstract) [R]",
    "Oxygen": "density ~0.1 %, heat capacities ~1-2 %, vapour pressure ~0.01-0.1 % (Stewart et al. 1991) [R]",
    "Argon": "density 0.02 % up to 12 MPa and 340 K, speed of sound 0.02 % in the gas, vapour pressure "
             "0.01 % (Tegeler et al. 1999, abstract) [R]",
    "CarbonMonoxide": "density 0.2-0.5 %, vapour pressure 0.2 %, heat capacities 1-2 % (Lemmon & Span "
                      "2006 short equation, abstract) [R]",
    "CarbonDioxide": "density 0.03-0.05 % up to 30 MPa and 523 K, vapour pressure 0.0015 % (Span & Wagner "
                     "1996, abstract) [R]",
    "Methane": "density 0.03-0.07 % up to 12 MPa and 350 K, vapour pressure 0.003 % (Setzmann & Wagner "
               "1991, abstract) [R]",
    "Water": "IAPWS-95: density 0.0001-0.001 % in the liquid at ambient pressure, 0.05 % in the gas, "
             "vapour pressure 0.001-0.01 % (Wagner & Pruss 2002) [R]",
    "Krypton": "density 0.2 %, vapour pressure 0.2 %, heat capacities 1-2 % (Lemmon & Span 2006 short "
               "equation, abstract) [R]",
    "Xenon": "density 0.2 %, vapour pressure 0.2 %, heat capacities 1-2 % (Lemmon & Span 2006 short "
             "equation, abstract) [R]",
    "Air": "pseudo-pure: density 0.1 % in the single-phase region; bubble/dew pressures from ancillary "
           "equations only (Lemmon et al. 2000, abstract) [R]",
}


def parse_bib(path):
    """Returns {key: one-line citation} from a BibTeX file (only the fields a reader needs)."""
    text = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"@\w+\{([^,]+),(.*?)\n\}", text, re.S):
        key, body = m.group(1).strip(), m.group(2)
        fields = {}
        for f in re.finditer(r"(\w+)\s*=\s*\{(.*?)\},?\s*\n", body, re.S):
            fields[f.group(1).lower()] = re.sub(r"\s+", " ", f.group(2).replace("{", "").replace("}", "")).strip()
        parts = [fields.get("author", ""), fields.get("title", "")]
        src = " ".join(x for x in [fields.get("journal", fields.get("institution", "")), fields.get("volume", ""),
                                   "(" + fields["year"] + ")" if "year" in fields else "", fields.get("pages", "")] if x)
        parts.append(src)
        cite = ": ".join(p for p in parts[:2] if p) + "." + (" " + src + "." if src else "")
        if fields.get("doi"):
            cite += " doi:" + fields["doi"]
        if fields.get("note"):
            cite += " (" + fields["note"] + ")"
        for tex, char in (("\\\"u", "ü"), ("\\\"o", "ö"), ("\\\"a", "ä"), ("\\'e", "é"), ("\\`e", "è"),
                          ("\\'E", "É"), ("\\ss", "ß")):
            cite = cite.replace(tex, char)
        out[key] = cite.replace("\\", "")
    return out


def num(x):
    return repr(float(x))


def critical_line(eos, data):
    """The critical point: the reducing state, except for pseudo-pure mixtures (Air), whose reducing
    state is the maxcondentherm; their critical point is the reducing point of the rhoL ancillary
    (Lemmon et al. 2000: 132.5306 K, 11830.8 mol/m3). Its pressure is left to the EoS (NaN here)."""
    red = eos["STATES"]["reducing"]
    if eos.get("pseudo_pure"):
        anc = data["ANCILLARIES"]["rhoL"]
        return "critical %s NaN %s" % (num(anc["T_r"]), num(anc["reducing_value"]))
    return "critical %s %s %s" % (num(red["T"]), num(red["p"]), num(red["rhomolar"]))


# CoolProp's normal-hydrogen melting line (Datchi et al. 2000, a high-pressure Simon fit) gives
# 23.6 MPa at the 13.957 K triple point instead of ~7.4 kPa (literature.md sec. 8): the para-hydrogen
# line (Younglove 1982), shifted by the 0.154 K between the triple points, is used for normal hydrogen.
MELTING_FROM = {"Hydrogen": "ParaHydrogen"}


def melting_lines(ref_dir, name, data, bib, lines):
    """Melting-pressure parts as 'melting' records, used as a validity guard (solid above them).
    Parts whose pressure falls with temperature (ice Ih) are skipped: there the solid lies on the
    low-pressure side and the triple-point guard already covers it."""
    if name in MELTING_FROM:
        own_triple = data["EOS"][0]["STATES"]["sat_min_liquid"]["T"]
        data = json.load(open(os.path.join(ref_dir, "fluids", MELTING_FROM[name] + ".json"), encoding="utf-8"))
        other_triple = data["EOS"][0]["STATES"]["sat_min_liquid"]["T"]
        # shift the borrowed line in temperature so that it starts at this fluid's triple point
        lines.append("# melting line of %s, shifted by the difference of the triple-point temperatures" % MELTING_FROM[name])
        lines.append("melting_shift " + num(own_triple - other_triple))
    m = data["ANCILLARIES"].get("melting_line")
    if not m:
        return
    key = m.get("BibTeX", "")
    cite = bib.get(key) or EXTRA_CITATIONS.get(key)
    if cite:
        lines.append("melting_source %s %s" % (key, cite))
    kind = {"Simon": "simon", "polynomial_in_Tr": "tr", "polynomial_in_Theta": "theta"}[m["type"]]
    for part in m["parts"]:
        if part["T_max"] <= part["T_min"]:
            continue
        if kind == "simon":
            coeffs = "%s ; %s" % (num(part["a"]), num(part["c"]))
        else:
            coeffs = "%s ; %s" % (" ".join(num(x) for x in part["a"]), " ".join(num(x) for x in part["t"]))
        lines.append("melting %s %s %s %s %s ; %s" % (kind, num(part["T_min"]), num(part["T_max"]), num(part["T_0"]),
                                                    num(part["p_0"]), coeffs))


def convert(ref_dir, out_dir, name, bib):
    data = json.load(open(os.path.join(ref_dir, "fluids", name + ".json"), encoding="utf-8"))
    eos = data["EOS"][0]
    states = eos["STATES"]
    red = states["reducing"]
    sl, sv = states["sat_min_liquid"], states["sat_min_vapor"]
    lines = [
        "# CryoStudio fluid data, generated by tools/convert-coolprop-fluids.py; do not edit by hand.",
        "# Source: CoolProp 8.0.0 dev/fluids/%s.json (EOS[0]); Copyright (c) 2012-2018 Ian H. Bell and other CoolProp developers, MIT licence (LICENSE-CoolProp)." % name,
        "fluid " + name,
        "source CoolProp 8.0.0 fluid file %s.json, first EoS entry" % name,
        "molar_mass " + num(eos["molar_mass"]),
        "gas_constant " + num(eos["gas_constant"]),
        "reducing %s %s" % (num(red["T"]), num(red["rhomolar"])),
        critical_line(eos, data),
        "triple %s %s %s %s %s" % (num(sl["T"]), num(sl["p"]), num(sv["p"]), num(sl["rhomolar"]), num(sv["rhomolar"])),
        "# range: T_min = triple point; T_max and p_max are CoolProp's limits for this EoS, which can exceed",
        "# the range stated in the paper's title (see cite); beyond the title's range the EoS extrapolates.",
        "range %s %s %s" % (num(sl["T"]), num(eos["T_max"]), num(eos["p_max"])),
        "pseudo_pure " + ("true" if eos.get("pseudo_pure") else "false"),
    ]
    keys = [k for k in eos["BibTeX_EOS"].split(",") if k] + [k for k in eos.get("BibTeX_CP0", "").split(",") if k]
    lines.append("eos " + ",".join(keys))
    for k in keys:
        cite = bib.get(k) or EXTRA_CITATIONS.get(k)
        if cite is None:
            raise SystemExit("no citation for " + k)
        lines.append("cite %s %s" % (k, cite))
    lines.append("uncertainty " + UNCERTAINTY[name])
    for term in eos["alpha0"]:
        t = term["type"]
        if t == "IdealGasHelmholtzLead":
            lines.append("alpha0 lead %s %s" % (num(term["a1"]), num(term["a2"])))
        elif t == "IdealGasHelmholtzEnthalpyEntropyOffset":
            lines.append("alpha0 offset %s %s %s" % (num(term["a1"]), num(term["a2"]), term.get("reference", "?")))
        elif t == "IdealGasHelmholtzLogTau":
            lines.append("alpha0 logtau " + num(term["a"]))
        elif t == "IdealGasHelmholtzPower":
            for n, e in zip(term["n"], term["t"]):
                lines.append("alpha0 power %s %s" % (num(n), num(e)))
        elif t == "IdealGasHelmholtzPlanckEinstein":
            for n, e in zip(term["n"], term["t"]):
                lines.append("alpha0 pe %s %s" % (num(n), num(e)))
        elif t == "IdealGasHelmholtzPlanckEinsteinFunctionT":
            # theta given in K: theta/T = (theta/T_crit) tau, with tau reduced by T_crit
            for n, v in zip(term["n"], term["v"]):
                lines.append("alpha0 pe %s %s" % (num(n), num(v / term["Tcrit"])))
        elif t == "IdealGasHelmholtzPlanckEinsteinGeneralized":
            for n, e, c, d in zip(term["n"], term["t"], term["c"], term["d"]):
                lines.append("alpha0 peg %s %s %s %s" % (num(n), num(e), num(c), num(d)))
        else:
            raise SystemExit("%s: unsupported ideal-gas term %s" % (name, t))
    for term in eos["alphar"]:
        t = term["type"]
        if t == "ResidualHelmholtzPower":
            for n, d, e, l in zip(term["n"], term["d"], term["t"], term["l"]):
                lines.append("alphar power %s %s %s %s" % (num(n), num(d), num(e), num(l)))
        elif t == "ResidualHelmholtzGaussian":
            for i, n in enumerate(term["n"]):
                lines.append("alphar gauss %s %s %s %s %s %s %s" % (
                    num(n), num(term["d"][i]), num(term["t"][i]), num(term["eta"][i]), num(term["beta"][i]),
                    num(term["gamma"][i]), num(term["epsilon"][i])))
        elif t == "ResidualHelmholtzNonAnalytic":
            for i, n in enumerate(term["n"]):
                lines.append("alphar nonanalytic %s %s %s %s %s %s %s %s" % (
                    num(n), num(term["a"][i]), num(term["b"][i]), num(term["beta"][i]), num(term["A"][i]),
                    num(term["B"][i]), num(term["C"][i]), num(term["D"][i])))
        elif t == "ResidualHelmholtzGaoB":
            for i, n in enumerate(term["n"]):
                lines.append("alphar gaob %s %s %s %s %s %s %s %s" % (
                    num(n), num(term["d"][i]), num(term["t"][i]), num(term["eta"][i]), num(term["beta"][i]),
                    num(term["gamma"][i]), num(term["epsilon"][i]), num(term["b"][i])))
        else:
            raise SystemExit("%s: unsupported residual term %s" % (name, t))
    melting_lines(ref_dir, name, data, bib, lines)
    anc = data["ANCILLARIES"]
    for key in ["pS", "pL", "pV", "rhoL", "rhoV"]:
        if key not in anc:
            continue
        a = anc[key]
        kind = "noexp" if a["type"].endswith("noexp") else "exp"
        lines.append("anc %s %s %s %s %s %s %s %s ; %s ; %s" % (
            key, kind, num(a["T_r"]), num(a["reducing_value"]), "true" if a["using_tau_r"] else "false",
            num(a["Tmin"]), num(a["Tmax"]), num(a.get("max_abserror_percentage", -1)),
            " ".join(num(x) for x in a["n"]), " ".join(num(x) for x in a["t"])))
    path = os.path.join(out_dir, name + ".fluid")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ref_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "reference")
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        root, "bundles", "org.cryostudio.physics", "resources", "org", "cryostudio", "physics", "fluids")
    os.makedirs(out_dir, exist_ok=True)
    bib = parse_bib(os.path.join(ref_dir, "fluid_eos_references.bib"))
    # the generated files are a substantial portion of CoolProp's data: ship its MIT notice beside them
    shutil.copyfile(os.path.join(ref_dir, "fluids", "LICENSE-CoolProp"), os.path.join(out_dir, "LICENSE-CoolProp"))
    for name in FLUIDS:
        print(convert(ref_dir, out_dir, name, bib))


if __name__ == "__main__":
    main()
