using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using ToneCheck.Lexicons;
using ToneCheck.Ml;
using ToneCheck.Rules;
using ToneCheck.Rules.Mechanisms;
using ToneCheck.Text;

namespace ToneCheck.Engine;

/// <summary>Which findings a check reports: the rules alone, the classifier alone, or both combined.</summary>
public enum CheckMode { RulesOnly, ModelOnly, Hybrid }

/// <summary>
/// Combines the rules with the sentence classifier. A rule hit always stands. For the rules the model card
/// enables (chosen at training time on held-out letters), the model adds a line finding where a sentence's
/// probability for the fault passes its calibrated threshold and no rule already reported it, and it
/// withdraws a missing-element finding when some sentence carries the element with enough probability.
/// The guards of the rules apply to the model too: quoted text is never seen, and a sentence that clears the
/// reader ("this is not a reflection on you") is not reported as blame or attack.
/// </summary>
internal sealed class Hybrid
{
    private readonly SentenceModel _model;
    private readonly RuleFeatures _features;

    public Hybrid(SentenceModel model, Lexicon lexicon)
    {
        _model = model;
        Language = model.Card.ReadsLanguage;
        _features = new RuleFeatures(lexicon);
        // The model reads the lexicon's section counts by position: a model trained on another lexicon would
        // read the wrong numbers silently, so refuse it.
        if (!model.Card.Features.SequenceEqual(_features.Names))
            throw new ModelException("The sentence model was trained on other rule features than this build computes (the lexicon changed since). " +
                "Retrain it with 'dotnet run -c Release --project src/ToneCheck.Training', or run with --no-model.");
    }

    /// <summary>The language of the letters the model takes part in.</summary>
    public string Language { get; }

    public List<Finding> Combine(CheckMode mode, RuleContext context, List<Finding> ruleFindings, IReadOnlyList<ToneRule> rules)
    {
        var letter = context.Letter;
        // Predictions cost about 40 µs a sentence: make them only when an enabled rule needs them (a document
        // rule only when the rules found its element missing).
        var lazy = new Lazy<List<(Sentence Sentence, IReadOnlyDictionary<string, float> Scores)>>(() => letter.Sentences
            .Select(s => (Sentence: s, Scores: _model.Predict(s.Text, _features.Compute(s, context.Match))))
            .ToList());
        var enabled = _model.Card.HybridRules.ToHashSet(StringComparer.Ordinal);
        var result = new List<Finding>();

        foreach (var rule in rules)
        {
            // The model has classes for the catalogue's rules only; a pack's rule is the rules' alone (and silent in model-only mode).
            bool modelKnows = SentenceClasses.LineRules.Values.Contains(rule.Id) || SentenceClasses.ElementRules.Values.Contains(rule.Id);
            bool useModel = modelKnows && (mode == CheckMode.ModelOnly || (mode == CheckMode.Hybrid && enabled.Contains(rule.Id)));
            var mine = ruleFindings.Where(f => f.Rule == rule).ToList();
            if (mode == CheckMode.ModelOnly) mine.Clear();
            if (!useModel) { result.AddRange(mine); continue; }

            if (rule.Kind == RuleKind.Line)
            {
                result.AddRange(mine);
                var cls = SentenceClasses.LineRules.First(kv => kv.Value == rule.Id).Key;
                foreach (var (sentence, scores) in lazy.Value)
                {
                    if (!IsConfident(scores, cls) || sentence.WordCount < MinimumWords || sentence.IsListItem && rule.Id == RuleIds.OverJustification) continue;
                    if (mine.Any(f => f.Span.OverlapsWith(sentence.Span))) continue;
                    if (rule.Id is RuleIds.Blame or RuleIds.PersonalAttack && Scope.ClearsTheReader(context, sentence)) continue;
                    var span = WithoutFinalPunctuation(sentence);
                    var quote = letter.Text.ToString(span);
                    result.Add(new Finding(rule, span, quote, ModelMessage(rule, quote, scores[cls], context.MessageLanguage), null,
                        ImmutableDictionary<string, string>.Empty
                            .Add(DiagnosticProperties.Source, "model")
                            .Add("confidence", scores[cls].ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
            else
            {
                var cls = SentenceClasses.ElementRules.First(kv => kv.Value == rule.Id).Key;
                if (mode == CheckMode.Hybrid && mine.Count == 0) continue; // the rules found the element: nothing to withdraw
                bool modelSeesElement = lazy.Value.Any(p => IsConfident(p.Scores, cls));
                if (mode == CheckMode.ModelOnly)
                {
                    if (!modelSeesElement && letter.Sentences.Length > 0)
                    {
                        var anchor = context.ClosingAnchor();
                        result.Add(new Finding(rule, anchor, letter.Text.ToString(anchor), rule.Text("title", context.MessageLanguage) + " (model).", null,
                            ImmutableDictionary<string, string>.Empty.Add(DiagnosticProperties.Source, "model")));
                    }
                }
                else if (!modelSeesElement)
                {
                    result.AddRange(mine);
                }
            }
        }
        return result;
    }

    /// <summary>Shorter sentences ("Thanks again, Amara", "P.S.") give the model too little to go on.</summary>
    private const int MinimumWords = 4;

    private bool IsConfident(IReadOnlyDictionary<string, float> scores, string cls) =>
        scores.TryGetValue(cls, out var p) && p >= _model.Threshold(cls) && scores.Values.Max() <= p;

    // The classifier's own words are English; the rule's description follows the messages' language like every
    // other finding.
    private static string ModelMessage(ToneRule rule, string quote, float confidence, string language) =>
        $"'{Quote.Shorten(quote)}' reads as {rule.Name.Replace('-', ' ')} to the classifier (confidence {confidence:F2}); " +
        $"check it against the advice: {rule.Text("description", language)}";


    private static TextSpan WithoutFinalPunctuation(Sentence s)
    {
        int last = s.Tokens.Length - 1;
        while (last > 0 && s.Tokens[last].Kind == TokenKind.Punctuation) last--;
        return s.SpanOf(0, last);
    }
}
