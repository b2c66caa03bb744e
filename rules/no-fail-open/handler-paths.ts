import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { unwrapExpression } from '../utils/ast/expression.js';
import { type Facts, type TestContext, getCaseFacts, getTestFacts, noFacts, unionFacts } from './facts.js';
import {
  type GrantContext,
  describeGrantingAssignment,
  describeGrantingCall,
  describeGrantingValue,
  isExitCall,
  isLoggingCall,
} from './grants.js';
import { isLoop } from './reach.js';

/** One way through a handler so far: what it knows of the failure, and whether it did anything but log. */
interface PathState {
  readonly facts: Facts;
  readonly logOnly: boolean;
}

/** A place where a handler grants, and the worst it knows there. */
export interface Grant {
  readonly node: TSESTree.Node;
  readonly description: string;
  /** Some path grants here without ruling a rejection out. */
  readonly unguarded: boolean;
  /** Every such path only knows that `isLicenseApiError()` was false. */
  readonly afterCatalogGuard: boolean;
  /** The `return` statement that grants, for a suggestion. */
  readonly returnStatement: TSESTree.ReturnStatement | undefined;
}

/** What the paths through a handler do with a failure. */
export interface HandlerPaths {
  readonly grants: readonly Grant[];
  /** A path ends the handler normally (or returns nothing) having only logged, without ruling a rejection out. */
  readonly swallows: boolean;
}

function stateKey(state: PathState): string {
  return `${String(state.facts.ruledOut)}${String(state.facts.notCatalogError)}${String(state.logOnly)}`;
}

/** At most eight distinct states: the walk stays linear however many branches a handler has. */
function dedupe(states: readonly PathState[]): PathState[] {
  const seen = new Map<string, PathState>();
  for (const state of states) {
    seen.set(stateKey(state), state);
  }
  return [...seen.values()];
}

function withFacts(state: PathState, facts: Facts): PathState {
  return { ...state, facts: unionFacts(state.facts, facts) };
}

const acted = (state: PathState): PathState => ({ ...state, logOnly: false });

/**
 * Walks the statements of a handler along its paths (branches split on what
 * their tests tell about the failure, see facts.ts), noting where it grants
 * and whether it can end having only logged. No data flow beyond that: a
 * call it does not know counts as handling the failure.
 */
export class HandlerWalker {
  readonly #tests: TestContext;
  readonly #grants: GrantContext;
  readonly #found = new Map<TSESTree.Node, { description: string; unguarded: boolean; afterCatalogGuard: boolean; returnStatement: TSESTree.ReturnStatement | undefined }>();
  /** `break` of the switch being walked, by the states that reach it. */
  #breaks: PathState[] = [];
  #swallows = false;
  /** In a promise handler `return;` resolves `undefined` and the chain goes on; in a `catch` clause it leaves the function. */
  readonly #returnGoesOn: boolean;

  constructor(tests: TestContext, grants: GrantContext, kind: 'catch' | 'promise') {
    this.#tests = tests;
    this.#grants = grants;
    this.#returnGoesOn = kind === 'promise';
  }

  /** Walks `statements` from a fresh path; returns the states that end them normally. */
  walkStatements(statements: readonly TSESTree.Node[], states: readonly PathState[] = [{ facts: noFacts, logOnly: true }]): PathState[] {
    let current = dedupe(states);
    for (const statement of statements) {
      if (current.length === 0) {
        break;
      }
      current = dedupe(this.#statement(statement, current));
    }
    return current;
  }

  /** Walks an arrow function's expression body: a call it makes (`() => resolve(true)`), or the value it resolves with. */
  walkExpressionBody(body: TSESTree.Expression): void {
    const state: PathState = { facts: noFacts, logOnly: true };
    const expression = unwrapExpression(body);
    if (expression.type === AST_NODE_TYPES.CallExpression && describeGrantingValue(expression, this.#grants) === undefined) {
      this.endNormally(this.#call(expression, state));
      return;
    }
    this.#returnValue(body, state, undefined);
  }

  /** Marks the states that end a handler normally as swallowing, when they only logged and ruled nothing out. */
  endNormally(states: readonly PathState[]): void {
    if (states.some((state) => state.logOnly && !state.facts.ruledOut)) {
      this.#swallows = true;
    }
  }

  get result(): HandlerPaths {
    const grants = [...this.#found].map(([node, grant]) => ({ node, ...grant }));
    return { grants, swallows: this.#swallows };
  }

  #grant(node: TSESTree.Node, description: string, state: PathState, returnStatement?: TSESTree.ReturnStatement): void {
    const unguarded = !state.facts.ruledOut;
    const previous = this.#found.get(node);
    const afterCatalogGuard = unguarded && state.facts.notCatalogError;
    this.#found.set(node, {
      description,
      unguarded: unguarded || (previous?.unguarded ?? false),
      // Unguarded everywhere only after `isLicenseApiError()` was false: the dedicated message applies.
      afterCatalogGuard: previous?.unguarded === true ? previous.afterCatalogGuard && (afterCatalogGuard || !unguarded) : afterCatalogGuard,
      returnStatement,
    });
  }

  /** Walks one statement for all the states that reach it at once: nested branches cost their size, not a power of it. */
  #statement(statement: TSESTree.Node, states: readonly PathState[]): PathState[] {
    if (states.length === 0) {
      return [];
    }
    switch (statement.type) {
      case AST_NODE_TYPES.ExpressionStatement:
        return states.flatMap((state) => this.#expression(statement.expression, state));
      case AST_NODE_TYPES.ReturnStatement:
        for (const state of states) {
          if (statement.argument !== null) {
            this.#returnValue(statement.argument, state, statement);
          } else if (this.#returnGoesOn) {
            this.endNormally([state]);
          }
        }
        return [];
      case AST_NODE_TYPES.ThrowStatement:
        return [];
      case AST_NODE_TYPES.BlockStatement:
        return this.walkStatements(statement.body, states);
      case AST_NODE_TYPES.IfStatement: {
        const { whenTrue, whenFalse } = getTestFacts(statement.test, this.#tests);
        const consequent = this.#statement(statement.consequent, dedupe(states.map((state) => withFacts(state, whenTrue))));
        const otherwise = dedupe(states.map((state) => withFacts(state, whenFalse)));
        return dedupe([...consequent, ...(statement.alternate === null ? otherwise : this.#statement(statement.alternate, otherwise))]);
      }
      case AST_NODE_TYPES.SwitchStatement:
        return this.#switch(statement, states);
      case AST_NODE_TYPES.BreakStatement:
        if (statement.label === null) {
          this.#breaks.push(...states);
        }
        return [];
      case AST_NODE_TYPES.TryStatement: {
        const block = this.walkStatements(statement.block.body, states);
        const handler = statement.handler === null ? [] : this.walkStatements(statement.handler.body.body, states.map(acted));
        const completed = dedupe([...block, ...handler]);
        return statement.finalizer === null ? completed : this.walkStatements(statement.finalizer.body, completed);
      }
      case AST_NODE_TYPES.LabeledStatement:
        return this.#statement(statement.body, states);
      case AST_NODE_TYPES.VariableDeclaration:
        return statement.declarations.every((declarator) => declarator.init === null || isPlainRead(declarator.init)) ? [...states] : dedupe(states.map(acted));
      case AST_NODE_TYPES.EmptyStatement:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
        return [...states];
      default:
        // Loops and the rest: doing something; their grants are still looked for.
        this.#walkLoopBody(statement, states);
        return dedupe(states.map(acted));
    }
  }

  #walkLoopBody(statement: TSESTree.Node, states: readonly PathState[]): void {
    if (isLoop(statement)) {
      const breaks = this.#breaks;
      this.#statement(statement.body, dedupe(states.map(acted)));
      // A `break` in the loop leaves the loop, not an enclosing switch.
      this.#breaks = breaks;
    }
  }

  #switch(statement: TSESTree.SwitchStatement, states: readonly PathState[]): PathState[] {
    const outerBreaks = this.#breaks;
    this.#breaks = [];
    let fallingThrough: PathState[] = [];
    for (const switchCase of statement.cases) {
      const facts = switchCase.test === null ? noFacts : getCaseFacts(statement.discriminant, switchCase.test, this.#tests);
      fallingThrough = this.walkStatements(switchCase.consequent, dedupe([...fallingThrough, ...states.map((state) => withFacts(state, facts))]));
    }
    const hasDefault = statement.cases.some((switchCase) => switchCase.test === null);
    const completed = dedupe([...this.#breaks, ...fallingThrough, ...(hasDefault ? [] : states)]);
    this.#breaks = outerBreaks;
    return completed;
  }

  #expression(expression: TSESTree.Expression, state: PathState): PathState[] {
    let node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')) {
      node = unwrapExpression(node.argument);
    }
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        return this.#call(node, state);
      case AST_NODE_TYPES.AssignmentExpression: {
        const grant = describeGrantingAssignment(node, this.#grants);
        if (grant !== undefined) {
          this.#grant(node, grant, state);
        }
        return [acted(state)];
      }
      case AST_NODE_TYPES.LogicalExpression: {
        // `isTransportFailure(e) && setLicensed(true)`: the right side runs when the left is true (`&&`) or false (`||`).
        const { whenTrue, whenFalse } = getTestFacts(node.left, this.#tests);
        const runs = node.operator === '&&' ? whenTrue : node.operator === '||' ? whenFalse : noFacts;
        this.#expression(node.right, withFacts(state, runs));
        return [acted(state)];
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const { whenTrue, whenFalse } = getTestFacts(node.test, this.#tests);
        return [...this.#expression(node.consequent, withFacts(state, whenTrue)), ...this.#expression(node.alternate, withFacts(state, whenFalse))];
      }
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.Identifier:
        return [state];
      default:
        return [acted(state)];
    }
  }

  #call(call: TSESTree.CallExpression, state: PathState): PathState[] {
    if (isLoggingCall(call)) {
      return [state];
    }
    const callee = unwrapExpression(call.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
    // The app stops, the promise is rejected, or Express gets the error: a refusal.
    if (isExitCall(call) || name === 'reject' || (name === 'next' && call.arguments.length > 0)) {
      return [];
    }
    const grant = describeGrantingCall(call, this.#grants);
    if (grant !== undefined) {
      this.#grant(call, grant, state);
    }
    return [acted(state)];
  }

  /** A value the handler returns (or an arrow resolves with): it grants, refuses, or says nothing. */
  #returnValue(value: TSESTree.Node, state: PathState, statement: TSESTree.ReturnStatement | undefined): void {
    const node = unwrapExpression(value);
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      const { whenTrue, whenFalse } = getTestFacts(node.test, this.#tests);
      this.#returnValue(node.consequent, withFacts(state, whenTrue), undefined);
      this.#returnValue(node.alternate, withFacts(state, whenFalse), undefined);
      return;
    }
    if (node.type === AST_NODE_TYPES.LogicalExpression) {
      // `isTransportFailure(e) && cached` returns the right side when the left is true; `cached ?? true` either side.
      const { whenTrue, whenFalse } = getTestFacts(node.left, this.#tests);
      if (node.operator !== '&&') {
        this.#returnValue(node.left, state, undefined);
      }
      this.#returnValue(node.right, withFacts(state, node.operator === '&&' ? whenTrue : node.operator === '||' ? whenFalse : noFacts), undefined);
      return;
    }
    const grant = describeGrantingValue(node, this.#grants);
    // Any other value (a refusal such as `false`, `null`, `{ valid: false }`, or one the rule cannot judge) grants nothing.
    if (grant !== undefined) {
      this.#grant(statement ?? node, `${statement === undefined ? 'resolves' : 'returns'} ${grant}`, state, statement);
    }
  }
}

/** An initialiser that only reads (`const message = err.message`): declaring it is not handling the failure. */
function isPlainRead(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return isPlainRead(expression.object);
    case AST_NODE_TYPES.TemplateLiteral:
      return expression.expressions.every(isPlainRead);
    default:
      return false;
  }
}
