cwlVersion: v1.2
class: Workflow
label: Protein MD setup with mutations (abridged stand-in for the fivesafes test fixtures)
inputs:
  mutation_list: File
  fast_mode: boolean
outputs:
  qa_table:
    type: File
    outputSource: screen/qa_table
  summary:
    type: File
    outputSource: screen/summary
steps:
  screen:
    run:
      class: CommandLineTool
      baseCommand: [mutation-screen]
      inputs:
        mutations:
          type: File
          inputBinding: {position: 1}
        fast:
          type: boolean
          inputBinding: {prefix: --fast-mode}
      outputs:
        qa_table:
          type: File
          outputBinding: {glob: qa.csv}
        summary:
          type: File
          outputBinding: {glob: summary.txt}
    in:
      mutations: mutation_list
      fast: fast_mode
    out: [qa_table, summary]
