// What the editor's palette adds: AWS Workflow Studio's common states, each made with names
// that are free in the definition.

const jsonata = (lang) => lang === 'JSONata';

export const PALETTE = [
  {
    id: 'lambda', label: 'Lambda Invoke', hint: 'Task: call a function', base: 'Lambda Invoke',
    make: (fresh, lang) => ({ state: jsonata(lang)
      ? { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'my-function', Payload: '{% $states.input %}' }, Output: '{% $states.result.Payload %}', End: true }
      : { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'my-function', 'Payload.$': '$' }, ResultSelector: { 'Payload.$': '$.Payload' }, End: true } }),
  },
  {
    id: 'callback', label: 'Wait for callback', hint: 'Task with a task token', base: 'Wait for callback',
    make: (fresh, lang) => ({ state: jsonata(lang)
      ? { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Arguments: { FunctionName: 'my-function', Payload: { input: '{% $states.input %}', taskToken: '{% $states.context.Task.Token %}' } }, End: true }
      : { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: 'my-function', Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' } }, End: true } }),
  },
  { id: 'pass', label: 'Pass', hint: 'pass or shape data', base: 'Pass', make: () => ({ state: { Type: 'Pass', End: true } }) },
  {
    id: 'choice', label: 'Choice', hint: 'branch on a rule', base: 'Choice',
    make: (fresh, lang) => {
      const done = fresh('Done');
      const rule = jsonata(lang) ? { Condition: '{% $states.input.value = 1 %}', Next: done } : { Variable: '$.value', NumericEquals: 1, Next: done };
      return { state: { Type: 'Choice', Choices: [rule], Default: done }, extra: { [done]: { Type: 'Succeed' } } };
    },
  },
  { id: 'wait', label: 'Wait', hint: 'wait some seconds', base: 'Wait', make: () => ({ state: { Type: 'Wait', Seconds: 5, End: true } }) },
  {
    id: 'parallel', label: 'Parallel', hint: 'branches at once', base: 'Parallel',
    make: (fresh) => {
      const a = fresh('Branch A');
      const b = fresh('Branch B');
      return { state: { Type: 'Parallel', Branches: [
        { StartAt: a, States: { [a]: { Type: 'Pass', End: true } } },
        { StartAt: b, States: { [b]: { Type: 'Pass', End: true } } },
      ], End: true } };
    },
  },
  {
    id: 'map', label: 'Map', hint: 'each item of an array', base: 'Map',
    make: (fresh) => {
      const item = fresh('Process item');
      return { state: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: item, States: { [item]: { Type: 'Pass', End: true } } }, End: true } };
    },
  },
  { id: 'succeed', label: 'Succeed', hint: 'end successfully', base: 'Success', make: () => ({ state: { Type: 'Succeed' } }) },
  { id: 'fail', label: 'Fail', hint: 'end with an error', base: 'Fail', make: () => ({ state: { Type: 'Fail', Error: 'Failed', Cause: 'Something went wrong' } }) },
];
