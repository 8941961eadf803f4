/** What an agent asks a model to do with its draft: the rules (system) and the material (user). */
export interface Prompt {
  system: string;
  user: string;
}
