using Autograder.Execution;
using Autograder.Execution.Channel;

namespace Autograder.Worker;

/// <summary>Sends step observations to the grader in batches as the case runs, and marks the step under way.</summary>
internal sealed class StreamingProgress(FrameChannel channel, StepProgressFile? progressFile) : CaseProgress
{
    private const int BatchSize = 512;
    private readonly List<StepObservation> _batch = new(BatchSize);
    private int _firstStep;

    public override void StepStarting(int stepIndex) => progressFile?.Mark(stepIndex);

    public override void StepObserved(int stepIndex, StepObservation observation)
    {
        if (_batch.Count == 0)
        {
            _firstStep = stepIndex;
        }

        _batch.Add(observation);
        if (_batch.Count == BatchSize)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        channel.Write(new WorkerMessage { Kind = WorkerMessageKind.Steps, FirstStep = _firstStep, Steps = _batch.ToArray() });
        _batch.Clear();
    }
}
